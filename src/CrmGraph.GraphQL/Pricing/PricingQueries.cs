using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Pricing;

internal static class PricingQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceListType>>>>("priceLists")
            .Description("Every price list, the default first: price administration, for service managers and administrators.")
            .AuthorizeWithPolicy(CrmPolicies.PricingAdmin)
            .ResolveAsync(async ctx => await ctx.Db().PriceLists.AsNoTracking()
                .OrderByDescending(l => l.IsDefault).ThenBy(l => l.Code)
                .ToListAsync(ctx.CancellationToken)
                .ConfigureAwait(false));

        query.Field<NonNullGraphType<BulkPriceChangePayloadType>>("previewBulkPriceChange")
            .Description("The old and new price of every line a bulk change would touch, without saving anything.")
            .Argument<NonNullGraphType<BulkPriceChangeInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx => await BulkPriceChangeCommand.RunAsync(ctx, apply: false).ConfigureAwait(false));

        query.Field<NonNullGraphType<QuotePayloadType>>("quote")
            .Description("Prices a product with add-ons for a customer: line items, the rule behind each price, tier discount and total.")
            .Argument<NonNullGraphType<QuoteInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<QuoteInput>("input");
                var at = input.At ?? ctx.Service<TimeProvider>().GetUtcNow();
                var outcome = await ctx.Service<QuoteService>().PriceAsync(ctx.Db(), input, at, ctx.CancellationToken).ConfigureAwait(false);
                return outcome.Succeeded ? Payload<Quote>.Success(outcome.Value) : Payload<Quote>.Failure(outcome.Errors);
            });
    }
}
