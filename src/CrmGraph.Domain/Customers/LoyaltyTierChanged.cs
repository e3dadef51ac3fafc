namespace CrmGraph.Domain.Customers;

/// <summary>A customer's points reached a higher loyalty tier.</summary>
public sealed record LoyaltyTierChanged(LoyaltyTier From, LoyaltyTier To, int Points, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
