using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>A complaint with the partner of its customer, so that statements can group by either.</summary>
internal sealed class ComplaintFact
{
    public Complaint Complaint { get; init; } = null!;

    public int? PartnerId { get; init; }
}
