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
        query.Field<NonNullGraphType<global::GraphQL.Types.Relay.ConnectionType<CatalogueChangeType>>>("catalogueChanges")
            .Description("Every change to the catalogue and its prices, newest first, with who made it.")
            .Argument<IdGraphType>("productId", "Only the changes of this ServiceProduct.")
            .PricingAdminOnly()
            .PagedBy(
                ctx => ChangesOf(ctx.Db(), ctx.GetArgument<string?>("productId")),
                _ => [SortKey<CatalogueChange>.Descend(c => c.At), SortKey<CatalogueChange>.Descend(c => c.Id)]);
    }

    private static IQueryable<CatalogueChange> ChangesOf(CrmDbContext db, string? productId)
    {
        var changes = db.CatalogueChanges.AsNoTracking();
        if (productId is null)
        {
            return changes;
        }

        var key = GlobalId.ParseFor(ServiceProductType.TypeName, productId, "productId");
        return changes.Where(c => c.ServiceProductId == key);
    }
}
