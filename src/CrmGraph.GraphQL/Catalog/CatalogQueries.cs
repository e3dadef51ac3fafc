using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

internal static class CatalogQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.AddListConnection<ServiceProduct, ServiceProductType>(
            "serviceProducts",
            "The service catalogue, by name, with prices in force, price history and allowed add-ons.",
            db => db.ServiceProducts,
            [SortKey<ServiceProduct>.Ascending(p => p.Name), SortKey<ServiceProduct>.Ascending(p => p.Id)]);
        query.AddListConnection<AddOnService, AddOnServiceType>(
            "addOnServices",
            "Optional extras sold with service products, by name.",
            db => db.AddOnServices,
            [SortKey<AddOnService>.Ascending(a => a.Name), SortKey<AddOnService>.Ascending(a => a.Id)]);
    }
}
