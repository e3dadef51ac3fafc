namespace CrmGraph.GraphQL.Pricing;

/// <summary>Price lists and prices, for service managers and administrators with pricing.admin. Price history is never rewritten.</summary>
internal static class PricingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PriceListPayloadType>>("createPriceList")
            .Description("Opens a price list in one currency.")
            .Argument<NonNullGraphType<CreatePriceListInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx => await CreatePriceListCommand.RunAsync(ctx).ConfigureAwait(false));
        mutation.Field<NonNullGraphType<PricePayloadType>>("changePrice")
            .Description(
                "Sets a new price from an instant (now or later) that ends the price in force there. Prices of one product, list, target and " +
                "quantity break never overlap: a change already scheduled later must be rescheduled or withdrawn first (PriceOverlapError).")
            .Argument<NonNullGraphType<ChangePriceInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx => await ChangePriceCommand.RunAsync(ctx).ConfigureAwait(false));
        mutation.Field<NonNullGraphType<PricePayloadType>>("reschedulePrice")
            .Description("Changes the amount or instant of a price change that has not taken effect (PriceAlreadyInForceError once it has).")
            .Argument<NonNullGraphType<ReschedulePriceInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx => await ScheduledPriceCommands.RescheduleAsync(ctx).ConfigureAwait(false));
        mutation.Field<NonNullGraphType<PricePayloadType>>("withdrawPrice")
            .Description("Withdraws a price change that has not taken effect; the payload holds the price that runs on instead (null when none).")
            .Argument<NonNullGraphType<WithdrawPriceInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx => await ScheduledPriceCommands.WithdrawAsync(ctx).ConfigureAwait(false));
        mutation.Field<NonNullGraphType<BulkPriceChangePayloadType>>("applyBulkPriceChange")
            .Description("Applies a bulk change in one transaction; the lines equal those previewBulkPriceChange returns for the same input.")
            .Argument<NonNullGraphType<BulkPriceChangeInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx => await BulkPriceChangeCommand.RunAsync(ctx, apply: true).ConfigureAwait(false));
    }
}
