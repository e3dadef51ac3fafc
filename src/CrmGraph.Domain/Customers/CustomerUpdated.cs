namespace CrmGraph.Domain.Customers;

/// <summary>A customer's details (name, contact, segment, account manager, partner) were changed.</summary>
public sealed record CustomerUpdated(DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
