using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Retention;

/// <summary>The <c>where</c> argument of <c>retention</c>: the time range, and optionally whose customers.</summary>
public sealed class RetentionFilter
{
    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    public string? PartnerId { get; set; }

    public CustomerSegment? Segment { get; set; }
}
