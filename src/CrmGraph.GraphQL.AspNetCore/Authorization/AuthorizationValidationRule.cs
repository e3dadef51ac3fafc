using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Enforces the authorization metadata of the schema (<c>AuthorizeWithPolicy</c>, <c>AuthorizeWithRoles</c>,
/// <c>Authorize</c>) before anything runs: a policy on a type guards every field of that type, a policy on a
/// field guards that field. A document that selects anything the caller may not see is refused whole, so no
/// partial data and no hint of what exists leaks out.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    /// <summary>The <c>extensions.code</c> of every refusal.</summary>
    public const string ErrorCode = "AUTH_NOT_AUTHORIZED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new Visitor(new AuthorizationChecks(context)));

    private sealed class Visitor(AuthorizationChecks checks) : INodeVisitor
    {
        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is not GraphQLField field || field.Name.Value.Span.StartsWith("__", StringComparison.Ordinal))
            {
                return;
            }

            var parent = context.TypeInfo.GetParentType();
            var definition = context.TypeInfo.GetFieldDef();
            if (parent is null || definition is null)
            {
                return;
            }

            var guarded = $"{parent.Name}.{definition.Name}";
            var refusal = await checks.RefusalAsync(parent, guarded).ConfigureAwait(false)
                ?? await checks.RefusalAsync(definition, guarded).ConfigureAwait(false);
            if (refusal is not null)
            {
                context.ReportError(new ValidationError(context.Document.Source, ErrorCode, refusal, field) { Code = ErrorCode });
            }
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }

    /// <summary>Evaluates each policy once per document, however many fields it guards.</summary>
    private sealed class AuthorizationChecks(ValidationContext context)
    {
        private readonly Dictionary<string, string?> _policyRefusals = new(StringComparer.Ordinal);

        public async ValueTask<string?> RefusalAsync(IMetadataReader guard, string guarded)
        {
            if (!guard.IsAuthorizationRequired())
            {
                return null;
            }

            var user = context.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return $"Not authorized to use {guarded}: sign in or send a bearer access token.";
            }

            var roles = guard.GetRoles();
            if (roles is { Count: > 0 } && !roles.Any(user.IsInRole))
            {
                return $"Not authorized to use {guarded}: it needs the role {string.Join(" or ", roles)}.";
            }

            foreach (var policy in guard.GetPolicies() ?? [])
            {
                if (await PolicyRefusalAsync(policy).ConfigureAwait(false) is { } reason)
                {
                    return $"Not authorized to use {guarded}: {reason}.";
                }
            }

            return null;
        }

        private async ValueTask<string?> PolicyRefusalAsync(string policy)
        {
            if (_policyRefusals.TryGetValue(policy, out var known))
            {
                return known;
            }

            var authorization = context.RequestServices?.GetService<IAuthorizationService>()
                ?? throw new InvalidOperationException("Schema authorization needs IAuthorizationService; call AddAuthorization() on the services.");
            var result = await authorization.AuthorizeAsync(context.User!, null, policy).ConfigureAwait(false);
            var reasons = result.Failure?.FailureReasons.Select(r => r.Message).ToList();
            var refusal = result.Succeeded
                ? null
                : reasons is { Count: > 0 } ? string.Join("; ", reasons) : $"the policy '{policy}' is not met";
            _policyRefusals[policy] = refusal;
            return refusal;
        }
    }
}
