using GraphQL.Validation;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Caching;

/// <summary>A validation rule that only counts how often validation ran it.</summary>
public sealed class CountingRule : ValidationRuleBase
{
    public int Runs { get; private set; }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        Runs++;
        return default;
    }
}
