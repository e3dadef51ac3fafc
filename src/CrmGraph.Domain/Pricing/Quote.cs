namespace CrmGraph.Domain.Pricing;

/// <summary>The priced offer for one customer, product, quantity and set of add-ons at one instant.</summary>
public sealed record Quote(
    int CustomerId,
    int PriceListId,
    string Currency,
    DateTimeOffset PricedAt,
    IReadOnlyList<QuoteLine> Lines,
    Money Subtotal,
    Money TierDiscount,
    Money Total);
