namespace CrmGraph.Domain.Customers;

/// <summary>Ordered from lowest to highest so tiers compare naturally.</summary>
public enum LoyaltyTier
{
    Standard,
    Silver,
    Gold,
    Vip,
}
