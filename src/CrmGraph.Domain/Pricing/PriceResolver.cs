using System.Globalization;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Pricing;

/// <summary>
/// Picks the price in force among the rows of one product on one price list: valid at the instant,
/// targeted at this customer (or at everyone), reached by the quantity; the most specific target wins,
/// then the best quantity break, then the newest row, then the lowest id so the answer never wobbles.
/// </summary>
public static class PriceResolver
{
    public static Outcome<ResolvedPrice> Resolve(
        IEnumerable<Price> candidates,
        CustomerSegment segment,
        LoyaltyTier tier,
        int quantity,
        DateTimeOffset at)
    {
        var best = candidates
            .Where(p => p.IsValidAt(at) && Matches(p, segment, tier) && p.MinQuantity <= quantity)
            .OrderByDescending(SpecificityOf)
            .ThenByDescending(p => p.MinQuantity)
            .ThenByDescending(p => p.ValidFrom)
            .ThenBy(p => p.Id)
            .FirstOrDefault();

        if (best is null)
        {
            return Outcome<ResolvedPrice>.Failure(new DomainError(
                DomainErrorCodes.NoPriceInForce,
                $"No price is in force on {at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} for a {tier} {segment} customer buying {quantity}.",
                "productId"));
        }

        var specificity = SpecificityOf(best);
        return Outcome<ResolvedPrice>.Success(new ResolvedPrice(best, specificity, Describe(best, specificity)));
    }

    public static PriceSpecificity SpecificityOf(Price price) => (price.LoyaltyTier, price.Segment) switch
    {
        (not null, not null) => PriceSpecificity.TierAndSegment,
        (not null, null) => PriceSpecificity.Tier,
        (null, not null) => PriceSpecificity.Segment,
        _ => PriceSpecificity.ListDefault,
    };

    private static bool Matches(Price price, CustomerSegment segment, LoyaltyTier tier) =>
        (price.Segment is null || price.Segment == segment) && (price.LoyaltyTier is null || price.LoyaltyTier == tier);

    private static string Describe(Price price, PriceSpecificity specificity)
    {
        var target = specificity switch
        {
            PriceSpecificity.TierAndSegment => $"{price.LoyaltyTier} tier {price.Segment} segment price",
            PriceSpecificity.Tier => $"{price.LoyaltyTier} tier price",
            PriceSpecificity.Segment => $"{price.Segment} segment price",
            _ => "List price",
        };
        var from = price.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var units = price.MinQuantity > 1 ? $", {price.MinQuantity}+ units" : string.Empty;
        return $"{target} from {from}{units}";
    }
}
