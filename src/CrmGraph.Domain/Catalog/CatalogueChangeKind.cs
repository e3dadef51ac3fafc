namespace CrmGraph.Domain.Catalog;

/// <summary>What an administrator changed in the catalogue.</summary>
public enum CatalogueChangeKind
{
    ProductCreated,
    ProductUpdated,
    ProductRetired,
    ProductReinstated,
    AddOnCreated,
    AddOnUpdated,
    AddOnRetired,
    PriceListCreated,
    PriceChanged,
    PriceRescheduled,
    PriceWithdrawn,
    BulkPriceChange,
}
