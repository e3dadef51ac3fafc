using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Catalog;

/// <summary>Batched reads behind the catalogue's nested fields: one statement per field for a whole list.</summary>
internal static class CatalogLoaders
{
    public static IDataLoaderResult<IEnumerable<Price>> PricesInForce(IResolveFieldContext<ServiceProduct> context, DateTimeOffset? at)
    {
        var instant = at ?? context.Service<TimeProvider>().GetUtcNow();
        return context.LoadGroup($"PricesInForce:{instant.UtcTicks}", context.Source.Id, (db, ids) => db.Prices.AsNoTracking()
            .Where(p => ids.Contains(p.ServiceProductId) && p.ValidFrom <= instant && (p.ValidTo == null || p.ValidTo > instant))
            .OrderBy(p => p.PriceListId).ThenBy(p => p.MinQuantity).ThenBy(p => p.Id)
            .Select(p => new KeyValuePair<int, Price>(p.ServiceProductId, p)));
    }

    public static IDataLoaderResult<IEnumerable<Price>> PriceHistory(IResolveFieldContext<ServiceProduct> context) =>
        context.LoadGroup("PriceHistory", context.Source.Id, (db, ids) => db.Prices.AsNoTracking()
            .Where(p => ids.Contains(p.ServiceProductId))
            .OrderByDescending(p => p.ValidFrom).ThenBy(p => p.Id)
            .Select(p => new KeyValuePair<int, Price>(p.ServiceProductId, p)));

    public static IDataLoaderResult<IEnumerable<AddOnService>> AllowedAddOns(IResolveFieldContext<ServiceProduct> context) =>
        context.LoadGroup("AllowedAddOns", context.Source.Id, (db, ids) => db.AddOnAllowances
            .Where(a => ids.Contains(a.ServiceProductId))
            .Join(db.AddOnServices.AsNoTracking(), a => a.AddOnServiceId, s => s.Id, (a, s) => new { a.ServiceProductId, AddOn = s })
            .OrderBy(x => x.AddOn.Name)
            .Select(x => new KeyValuePair<int, AddOnService>(x.ServiceProductId, x.AddOn)));

    public static IDataLoaderResult<IEnumerable<ServiceProduct>> AllowedProducts(IResolveFieldContext<AddOnService> context) =>
        context.LoadGroup("AllowedProducts", context.Source.Id, (db, ids) => db.AddOnAllowances
            .Where(a => ids.Contains(a.AddOnServiceId))
            .Join(db.ServiceProducts.AsNoTracking(), a => a.ServiceProductId, p => p.Id, (a, p) => new { a.AddOnServiceId, Product = p })
            .OrderBy(x => x.Product.Name)
            .Select(x => new KeyValuePair<int, ServiceProduct>(x.AddOnServiceId, x.Product)));
}
