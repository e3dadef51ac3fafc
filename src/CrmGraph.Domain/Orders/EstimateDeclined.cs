namespace CrmGraph.Domain.Orders;

/// <summary>The customer said no to an estimate, and why.</summary>
public sealed record EstimateDeclined(string Number, string Reason, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
