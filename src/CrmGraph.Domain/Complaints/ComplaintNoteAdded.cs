namespace CrmGraph.Domain.Complaints;

/// <summary>A note was added to a complaint's audit trail.</summary>
public sealed record ComplaintNoteAdded(ComplaintSeverity Severity, int? ActorStaffId, DateTimeOffset OccurredAt)
    : ComplaintDomainEvent(Severity, OccurredAt);
