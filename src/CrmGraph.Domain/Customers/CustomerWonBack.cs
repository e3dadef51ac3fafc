namespace CrmGraph.Domain.Customers;

/// <summary>A churned customer ordered again.</summary>
public sealed record CustomerWonBack(ChurnCause? PreviousCause, int? ActorStaffId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
