using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Retention;

/// <summary>
/// What a grouped retention row is counted under: its period (<see cref="ReportPeriods"/>; −1 before the range) and,
/// when the report is split that way, the customers' partner or segment.
/// </summary>
public sealed record RetentionKey
{
    public int Period { get; init; }

    public int? PartnerId { get; init; }

    public CustomerSegment? Segment { get; init; }

    /// <summary>The same group in another period.</summary>
    public RetentionKey In(int period) => this with { Period = period };
}
