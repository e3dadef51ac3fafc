using CrmGraph.Domain.History;

namespace CrmGraph.Domain.Complaints;

/// <summary>A complaint was received.</summary>
public sealed record ComplaintFiled(ComplaintSeverity Severity, ComplaintCategory Category, ContactChannel Channel, int? ActorStaffId, DateTimeOffset OccurredAt)
    : ComplaintDomainEvent(Severity, OccurredAt);
