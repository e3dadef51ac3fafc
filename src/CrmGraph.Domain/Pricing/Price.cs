using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Pricing;

/// <summary>
/// One price of a product on a price list: valid from <see cref="ValidFrom"/> until (not including)
/// <see cref="ValidTo"/>, optionally for one customer segment or loyalty tier, from a minimum quantity.
/// A product has many such rows; <see cref="PriceResolver"/> picks the one in force.
/// </summary>
public sealed class Price
{
    private Price()
    {
    }

    public Price(
        int priceListId,
        int serviceProductId,
        decimal amount,
        DateTimeOffset validFrom,
        DateTimeOffset? validTo,
        CustomerSegment? segment = null,
        LoyaltyTier? loyaltyTier = null,
        int minQuantity = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentOutOfRangeException.ThrowIfLessThan(minQuantity, 1);
        if (validTo <= validFrom)
        {
            throw new ArgumentException("A price must end after it starts.", nameof(validTo));
        }

        PriceListId = priceListId;
        ServiceProductId = serviceProductId;
        Amount = amount;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Segment = segment;
        LoyaltyTier = loyaltyTier;
        MinQuantity = minQuantity;
    }

    public int Id { get; private set; }

    public int PriceListId { get; private set; }

    public int ServiceProductId { get; private set; }

    public decimal Amount { get; private set; }

    public DateTimeOffset ValidFrom { get; private set; }

    public DateTimeOffset? ValidTo { get; private set; }

    public CustomerSegment? Segment { get; private set; }

    public LoyaltyTier? LoyaltyTier { get; private set; }

    public int MinQuantity { get; private set; }

    public bool IsValidAt(DateTimeOffset instant) => ValidFrom <= instant && (ValidTo is null || instant < ValidTo);
}
