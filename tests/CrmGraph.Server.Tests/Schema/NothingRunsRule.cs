using GraphQL.Validation;

namespace CrmGraph.Server.Tests.Schema;

/// <summary>Refuses every document in validation, so that a test can take a document through every check before execution without running it.</summary>
public sealed class NothingRunsRule : ValidationRuleBase
{
    public const string Code = "NOTHING_RUNS";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReportError(new ValidationError("Checked only; nothing runs.") { Code = Code });
        return default;
    }
}
