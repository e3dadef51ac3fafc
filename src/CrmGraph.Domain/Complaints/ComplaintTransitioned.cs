namespace CrmGraph.Domain.Complaints;

/// <summary>A complaint moved through its lifecycle (acknowledged, work started, escalated, resolved, closed, reopened).</summary>
public sealed record ComplaintTransitioned(
    ComplaintEventKind Kind, ComplaintStatus From, ComplaintStatus To, ComplaintSeverity Severity, int? ActorStaffId, DateTimeOffset OccurredAt)
    : ComplaintDomainEvent(Severity, OccurredAt);
