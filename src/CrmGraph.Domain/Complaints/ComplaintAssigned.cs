namespace CrmGraph.Domain.Complaints;

/// <summary>A complaint was handed to a staff member.</summary>
public sealed record ComplaintAssigned(int AssigneeId, int? PreviousAssigneeId, ComplaintSeverity Severity, int? ActorStaffId, DateTimeOffset OccurredAt)
    : ComplaintDomainEvent(Severity, OccurredAt);
