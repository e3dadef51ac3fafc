using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Pricing;

/// <summary>A bulk change as previewed or applied: the list, the instant and each price before and after.</summary>
public sealed record BulkPriceChangeResult(PriceList PriceList, DateTimeOffset EffectiveFrom, bool Applied, IReadOnlyList<BulkPriceLine> Lines);
