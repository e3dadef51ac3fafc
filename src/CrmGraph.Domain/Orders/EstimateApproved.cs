namespace CrmGraph.Domain.Orders;

/// <summary>The customer accepted an estimate; the order <paramref name="OrderNumber"/> was placed at its prices.</summary>
public sealed record EstimateApproved(string Number, string OrderNumber, decimal Total, string Currency, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
