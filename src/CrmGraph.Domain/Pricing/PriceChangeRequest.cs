using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Pricing;

/// <summary>A new price for one series (list, product, target, quantity break) from an instant on.</summary>
public sealed record PriceChangeRequest(
    PriceList PriceList,
    int ServiceProductId,
    Money Amount,
    CustomerSegment? Segment,
    LoyaltyTier? LoyaltyTier,
    int MinQuantity,
    DateTimeOffset From);
