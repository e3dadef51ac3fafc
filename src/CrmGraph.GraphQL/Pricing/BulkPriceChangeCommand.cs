using System.Globalization;
using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Pricing;

/// <summary>
/// Previews or applies a bulk change. Both run the same domain plan on the same rows; a preview reads them untracked
/// and saves nothing, so applying with the same input at the same state gives exactly the previewed lines.
/// </summary>
internal static class BulkPriceChangeCommand
{
    public static async Task<Payload<BulkPriceChangeResult>> RunAsync(IResolveFieldContext context, bool apply)
    {
        var input = context.GetArgument<BulkPriceChangeInput>("input");
        var listId = GlobalId.ParseFor(PriceListType.TypeName, input.PriceListId, "input.priceListId");
        var db = context.Db();
        var cancellationToken = context.CancellationToken;
        var list = await db.PriceLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken).ConfigureAwait(false);
        if (list is null)
        {
            return Payload<BulkPriceChangeResult>.Failure(new DomainError(DomainErrorCodes.NotFound, $"No price list has id '{input.PriceListId}'.", "priceListId"));
        }

        var rows = db.Prices.Where(p => p.PriceListId == listId);
        if (input.Category is { } category)
        {
            rows = rows.Where(p => db.ServiceProducts.Any(s => s.Id == p.ServiceProductId && s.Category == category));
        }

        var prices = await (apply ? rows : rows.AsNoTracking()).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = context.Service<TimeProvider>().GetUtcNow();
        var by = context.AdministratorId();
        var plan = BulkPriceChange.Plan(prices, new BulkPriceChangeRequest(list, input.Percent, input.RoundTo, input.EffectiveFrom), by, now);
        if (!plan.Succeeded)
        {
            UnsavedChanges.Forget(db);
            return Payload<BulkPriceChangeResult>.Failure(plan.Errors);
        }

        if (apply)
        {
            db.Prices.AddRange(plan.Value.Select(line => line.Next));
            db.CatalogueChanges.Add(CatalogueChange.Record(
                CatalogueChangeKind.BulkPriceChange,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{list.Code}{(input.Category is { } c ? $" {c}" : string.Empty)} {input.Percent:+0.##;-0.##}% rounded to {input.RoundTo}: {plan.Value.Count} prices from {input.EffectiveFrom.UtcDateTime:yyyy-MM-dd HH:mm}Z"),
                by,
                now,
                priceList: list.Id));

            // Every line, the prices they end and the record commit in one transaction, or none does.
            if (await PriceSeries.SaveAsync(db, () => db.SaveChangesAsync(cancellationToken)).ConfigureAwait(false) is { } conflict)
            {
                return Payload<BulkPriceChangeResult>.Failure(conflict);
            }
        }

        return Payload<BulkPriceChangeResult>.Success(new BulkPriceChangeResult(list, input.EffectiveFrom, apply, plan.Value));
    }
}
