namespace CrmGraph.Domain.Orders;

/// <summary>A service order was cancelled before completion; the loyalty points it earned were taken back.</summary>
public sealed record OrderCancelled(string Number, string Reason, int LoyaltyPointsTakenBack, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
