using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>An authorization rule a host adds through ConfigureExecution: only admins may select <c>restricted</c>.</summary>
public sealed class AdminOnlyRule : ValidationRuleBase
{
    public const string Message = "The field 'restricted' is for admins.";

    public static ValueTask AddToAsync(HttpContext context, ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ValidationRules = [.. DocumentValidator.CoreRules, new AdminOnlyRule()];
        return ValueTask.CompletedTask;
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        ValueTask.FromResult<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name.StringValue == "restricted" && validation.User?.IsInRole("admin") != true)
            {
                validation.ReportError(new ValidationError(Message) { Code = "FORBIDDEN" });
            }
        }));
}
