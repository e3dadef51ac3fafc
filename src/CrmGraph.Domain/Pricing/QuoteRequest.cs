using CrmGraph.Domain.Catalog;

namespace CrmGraph.Domain.Pricing;

/// <summary>
/// Everything a quote is computed from. <see cref="Prices"/> are the product's price rows; rows of other
/// lists or products are ignored.
/// </summary>
public sealed record QuoteRequest(
    QuoteCustomer Customer,
    PriceList PriceList,
    ServiceProduct Product,
    int Quantity,
    IReadOnlyList<AddOnChoice> AddOns,
    IReadOnlyList<Price> Prices,
    DateTimeOffset At);
