using System.Security.Claims;
using CrmGraph.GraphQL.AspNetCore.Authorization;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Authorization;

public sealed class AuthorizationValidationRuleTests
{
    private readonly ScopeClaimRequirement _read = new("read");
    private readonly ScopeClaimRequirement _audit = new("audit");

    [Fact]
    public async Task A_type_policy_guards_every_field_of_the_type_and_names_what_is_missing()
    {
        var result = await RunAsync("{ secret { value } }", ScopeClaimRequirement.User());

        var error = Assert.Single(result.Errors!);
        Assert.Equal(AuthorizationValidationRule.ErrorCode, error.Code);
        Assert.Contains("Secret.value", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing scope read", error.Message, StringComparison.Ordinal);
        Assert.False(result.Executed);
    }

    [Fact]
    public async Task A_caller_meeting_the_policies_gets_the_data()
    {
        var result = await RunAsync("{ secret { value } audit }", ScopeClaimRequirement.User("read", "audit"));

        Assert.Null(result.Errors);
        Assert.Contains("classified", Serialize(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_refused_field_refuses_the_whole_document()
    {
        var result = await RunAsync("{ open audit }", ScopeClaimRequirement.User("read"));

        Assert.Equal("audit", Assert.Single(result.Errors!).Message.Split(':')[0].Split('.')[^1]);
        Assert.False(result.Executed);
        Assert.DoesNotContain("for everyone", Serialize(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_caller_is_told_to_sign_in()
    {
        var result = await RunAsync("{ audit }", new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Contains("sign in", Assert.Single(result.Errors!).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_metadata_lets_only_those_roles_through()
    {
        var refused = await RunAsync("{ admin }", ScopeClaimRequirement.User("read", "audit"));
        var allowed = await RunAsync("{ admin }", ScopeClaimRequirement.Admin());

        Assert.Contains("role Admin", Assert.Single(refused.Errors!).Message, StringComparison.Ordinal);
        Assert.Null(allowed.Errors);
    }

    [Fact]
    public async Task Introspection_and_unguarded_fields_need_nothing()
    {
        var result = await RunAsync("{ open __typename __schema { queryType { name } } }", new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task Fields_inside_fragments_are_guarded_too()
    {
        var result = await RunAsync("query { ...F } fragment F on Query { secret { ... on Secret { value } } }", ScopeClaimRequirement.User());

        Assert.Equal(AuthorizationValidationRule.ErrorCode, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Each_policy_is_evaluated_once_per_document()
    {
        await RunAsync("{ a: secret { value } b: secret { value } c: secret { value } }", ScopeClaimRequirement.User("read"));

        Assert.Equal(1, _read.Evaluations);
    }

    private async Task<ExecutionResult> RunAsync(string query, ClaimsPrincipal user)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorization(options =>
        {
            options.AddPolicy("read", policy => policy.AddRequirements(_read));
            options.AddPolicy("audit", policy => policy.AddRequirements(_audit));
        });
        await using var provider = services.BuildServiceProvider();
        return await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = new GuardedSchema(),
            Query = query,
            User = user,
            RequestServices = provider,
            ValidationRules = DocumentValidator.CoreRules.Append(new AuthorizationValidationRule()),
        });
    }

    private static string Serialize(ExecutionResult result) => new GraphQLSerializer().Serialize(result);
}
