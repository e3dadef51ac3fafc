using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>The fields of <c>fileComplaint</c>'s input, as the client sent them.</summary>
public sealed class FileComplaintInput
{
    public string CustomerId { get; set; } = string.Empty;

    public ComplaintCategory Category { get; set; }

    public ComplaintSeverity Severity { get; set; }

    public ContactChannel Channel { get; set; }

    public string Description { get; set; } = string.Empty;

    public string? ProductId { get; set; }

    public string? OrderId { get; set; }
}
