namespace CrmGraph.GraphQL.Pricing;

internal static class PricingQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceListType>>>>("priceLists")
            .Description("Every price list, the default first.")
            .ResolveAsync(async ctx => await ctx.Db().PriceLists.AsNoTracking()
                .OrderByDescending(l => l.IsDefault).ThenBy(l => l.Code)
                .ToListAsync(ctx.CancellationToken)
                .ConfigureAwait(false));
    }
}
