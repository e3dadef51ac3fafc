using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Pricing;

public sealed class ChangePriceInput
{
    public string ProductId { get; set; } = string.Empty;

    public string PriceListId { get; set; } = string.Empty;

    public Money Amount { get; set; }

    public CustomerSegment? Segment { get; set; }

    public LoyaltyTier? LoyaltyTier { get; set; }

    public int MinQuantity { get; set; } = 1;

    public DateTimeOffset? EffectiveFrom { get; set; }
}
