namespace CrmGraph.Domain.Orders;

/// <summary>A customer was given an estimate, valid until <paramref name="ValidUntil"/>.</summary>
public sealed record EstimateCreated(string Number, decimal Total, string Currency, DateTimeOffset ValidUntil, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
