using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>
/// What a grouped complaint row is counted under: its period (<see cref="ReportPeriods"/>; −1 before the range) and
/// the complaints' category, severity, root cause, product, partner and channel, each only where the statement
/// groups by it.
/// </summary>
public sealed record ComplaintKey
{
    public int Period { get; init; }

    public ComplaintCategory? Category { get; init; }

    public ComplaintSeverity? Severity { get; init; }

    public ComplaintRootCause? RootCause { get; init; }

    public int? ProductId { get; init; }

    public int? PartnerId { get; init; }

    public ContactChannel? Channel { get; init; }
}
