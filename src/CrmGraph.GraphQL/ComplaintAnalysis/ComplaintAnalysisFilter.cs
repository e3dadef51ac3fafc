using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>The <c>where</c> argument of <c>complaintAnalysis</c>: the time range, and which complaints; every given condition must hold.</summary>
public sealed class ComplaintAnalysisFilter
{
    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    public string? PartnerId { get; set; }

    public string? ProductId { get; set; }

    public List<ComplaintCategory>? Category { get; set; }

    public List<ComplaintSeverity>? Severity { get; set; }

    public List<ContactChannel>? Channel { get; set; }
}
