using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Pricing;

/// <summary>
/// Rescheduling and withdrawing a price change that has not taken effect. Both load the price's series, let the
/// schedule decide, and record the change; a price that has been in force is refused by the domain.
/// </summary>
internal static class ScheduledPriceCommands
{
    public static Task<Payload<Price>> RescheduleAsync(IResolveFieldContext context) =>
        RunAsync(context, CatalogueChangeKind.PriceRescheduled, (series, price, list, input, by, now) =>
        {
            var errors = PriceSchedule.Reschedule(series, price, list, input.Amount, input.EffectiveFrom, by, now);
            return (errors, price);
        });

    /// <summary>Withdraws the change; the payload holds the price that now runs on in its place, if any.</summary>
    public static Task<Payload<Price>> WithdrawAsync(IResolveFieldContext context) =>
        RunAsync(context, CatalogueChangeKind.PriceWithdrawn, (series, price, _, _, _, now) =>
        {
            if (PriceSchedule.Withdraw(series, price, now) is { } error)
            {
                return ([error], null);
            }

            var runsOn = series.SingleOrDefault(p => p.Id != price.Id && p.IsSameSeriesAs(price) && p.ValidTo == price.ValidTo && p.ValidFrom < price.ValidFrom);
            return ([], runsOn);
        });

    private static async Task<Payload<Price>> RunAsync(
        IResolveFieldContext context,
        CatalogueChangeKind kind,
        Func<List<Price>, Price, PriceList, ScheduledPriceInput, int, DateTimeOffset, (IReadOnlyList<DomainError> Errors, Price? Result)> change)
    {
        var input = context.GetArgument<ScheduledPriceInput>("input");
        var id = GlobalId.ParseFor(PriceType.TypeName, input.PriceId, "input.priceId");
        var db = context.Db();
        var cancellationToken = context.CancellationToken;
        var price = await db.Prices.SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (price is null)
        {
            return Payload<Price>.Failure(new DomainError(DomainErrorCodes.NotFound, $"No price has id '{input.PriceId}'.", "priceId"));
        }

        var list = await db.PriceLists.SingleAsync(l => l.Id == price.PriceListId, cancellationToken).ConfigureAwait(false);
        var product = await db.ServiceProducts.SingleAsync(p => p.Id == price.ServiceProductId, cancellationToken).ConfigureAwait(false);
        var series = await PriceSeries.LoadAsync(db, price.PriceListId, price.ServiceProductId, cancellationToken).ConfigureAwait(false);
        var now = context.Service<TimeProvider>().GetUtcNow();
        var by = context.AdministratorId();
        var (errors, result) = change(series, price, list, input, by, now);
        if (errors.Count > 0)
        {
            UnsavedChanges.Forget(db);
            return Payload<Price>.Failure(errors);
        }

        var summary = PriceSeries.Describe(product, list, price);
        if (kind == CatalogueChangeKind.PriceWithdrawn)
        {
            db.Prices.Remove(price);
            summary = "Withdrawn: " + summary;
        }

        db.CatalogueChanges.Add(CatalogueChange.Record(kind, summary, by, now, product.Id, priceList: list.Id, price: price.Id));
        var conflict = await PriceSeries.SaveAsync(db, () => db.SaveChangesAsync(cancellationToken)).ConfigureAwait(false);
        return conflict is null ? new Payload<Price>(result, []) : Payload<Price>.Failure(conflict);
    }
}
