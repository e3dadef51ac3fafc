using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Pricing;

/// <summary>
/// One price of a product on a price list: valid from <see cref="ValidFrom"/> until (not including)
/// <see cref="ValidTo"/>, optionally for one customer segment or loyalty tier, from a minimum quantity.
/// A product has many such rows; <see cref="PriceResolver"/> picks the one in force. Once in force a row is never
/// edited; <see cref="PriceSchedule"/> is the only way rows change.
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

    /// <summary>Who entered the price through the API, and when; null for seeded or imported rows.</summary>
    public int? RecordedByStaffId { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public bool IsValidAt(DateTimeOffset instant) => ValidFrom <= instant && (ValidTo is null || instant < ValidTo);

    /// <summary>Whether the row has been in force at some instant up to <paramref name="now"/>, and so belongs to history.</summary>
    public bool HasTakenEffect(DateTimeOffset now) => ValidFrom <= now;

    /// <summary>Whether <paramref name="other"/> prices the same list, product, target and quantity break, so the two may not overlap.</summary>
    public bool IsSameSeriesAs(Price other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return PriceListId == other.PriceListId && ServiceProductId == other.ServiceProductId && Segment == other.Segment
            && LoyaltyTier == other.LoyaltyTier && MinQuantity == other.MinQuantity;
    }

    /// <summary>Whether the row is valid at any instant of [from, to).</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset? to) =>
        (to is null || ValidFrom < to) && (ValidTo is null || from < ValidTo);

    internal static Price Recorded(Price series, decimal amount, DateTimeOffset from, DateTimeOffset? to, int by, DateTimeOffset at) =>
        new(series.PriceListId, series.ServiceProductId, amount, from, to, series.Segment, series.LoyaltyTier, series.MinQuantity)
        {
            RecordedByStaffId = by,
            RecordedAt = at,
        };

    internal void EndAt(DateTimeOffset? end) => ValidTo = end;

    internal void Reschedule(decimal amount, DateTimeOffset from, int by, DateTimeOffset at)
    {
        Amount = amount;
        ValidFrom = from;
        RecordedByStaffId = by;
        RecordedAt = at;
    }
}
