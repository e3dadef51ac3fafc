namespace CrmGraph.Domain.Catalog;

/// <summary>
/// One change an administrator made to the catalogue: what, to which product, add-on, list or price, by whom and
/// when. Append-only; it is the record a PRICE_CHANGED (or PRODUCT_RETIRED…) event is raised from.
/// </summary>
public sealed class CatalogueChange
{
    public const int MaxSummaryLength = 400;

    private CatalogueChange()
    {
        Summary = string.Empty;
    }

    public long Id { get; private set; }

    public CatalogueChangeKind Kind { get; private set; }

    public int? ServiceProductId { get; private set; }

    public int? AddOnServiceId { get; private set; }

    public int? PriceListId { get; private set; }

    public int? PriceId { get; private set; }

    public string Summary { get; private set; }

    public int ByStaffId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static CatalogueChange OfProduct(CatalogueChangeKind kind, ServiceProduct product, int by, DateTimeOffset at) =>
        Record(kind, $"{product.Code} {product.Name}", by, at, product: product.Id);

    public static CatalogueChange OfAddOn(CatalogueChangeKind kind, AddOnService addOn, int by, DateTimeOffset at) =>
        Record(kind, $"{addOn.Code} {addOn.Name}, {addOn.Price}", by, at, addOn: addOn.Id);

    public static CatalogueChange Record(
        CatalogueChangeKind kind, string summary, int by, DateTimeOffset at, int? product = null, int? addOn = null, int? priceList = null, int? price = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new()
        {
            Kind = kind,
            Summary = summary.Length <= MaxSummaryLength ? summary : summary[..MaxSummaryLength],
            ByStaffId = by,
            At = at,
            ServiceProductId = product,
            AddOnServiceId = addOn,
            PriceListId = priceList,
            PriceId = price,
        };
    }
}
