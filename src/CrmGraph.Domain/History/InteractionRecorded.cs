namespace CrmGraph.Domain.History;

/// <summary>A service encounter was recorded; it occurred at <see cref="DomainEvent.OccurredAt"/>.</summary>
public sealed record InteractionRecorded(ContactChannel Channel, InteractionKind Kind, InteractionOutcome Outcome, int? StaffMemberId, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
