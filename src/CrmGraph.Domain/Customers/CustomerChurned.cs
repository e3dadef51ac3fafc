namespace CrmGraph.Domain.Customers;

/// <summary>A customer was recorded as lost, and why.</summary>
public sealed record CustomerChurned(CustomerStatus From, ChurnCause Cause, int? ActorStaffId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
