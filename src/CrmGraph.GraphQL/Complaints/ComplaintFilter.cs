using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>The <c>where</c> argument of <c>complaints</c>; every given condition must hold.</summary>
public sealed class ComplaintFilter
{
    public List<ComplaintStatus>? Status { get; set; }

    public List<ComplaintSeverity>? Severity { get; set; }

    public List<ComplaintCategory>? Category { get; set; }

    public string? AssigneeId { get; set; }

    public bool? Breached { get; set; }

    public bool? Overdue { get; set; }

    public DateTimeOffset? ReceivedFrom { get; set; }

    public DateTimeOffset? ReceivedTo { get; set; }
}
