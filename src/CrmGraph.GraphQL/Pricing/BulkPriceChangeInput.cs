using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Pricing;

public sealed class BulkPriceChangeInput
{
    public string PriceListId { get; set; } = string.Empty;

    public decimal Percent { get; set; }

    public decimal RoundTo { get; set; }

    public DateTimeOffset EffectiveFrom { get; set; }

    public ServiceCategory? Category { get; set; }
}
