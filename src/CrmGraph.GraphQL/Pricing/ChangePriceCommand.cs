using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Pricing;
using CrmGraph.GraphQL.Catalog;

namespace CrmGraph.GraphQL.Pricing;

/// <summary>Sets a new price from an instant on, ending the one in force there; history is never rewritten.</summary>
internal static class ChangePriceCommand
{
    public static async Task<Payload<Price>> RunAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<ChangePriceInput>("input");
        var productId = GlobalId.ParseFor(ServiceProductType.TypeName, input.ProductId, "input.productId");
        var listId = GlobalId.ParseFor(PriceListType.TypeName, input.PriceListId, "input.priceListId");
        var db = context.Db();
        var cancellationToken = context.CancellationToken;
        var list = await db.PriceLists.SingleOrDefaultAsync(l => l.Id == listId, cancellationToken).ConfigureAwait(false);
        var product = await db.ServiceProducts.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken).ConfigureAwait(false);
        if (list is null || product is null)
        {
            return Payload<Price>.Failure(list is null
                ? new DomainError(DomainErrorCodes.NotFound, $"No price list has id '{input.PriceListId}'.", "priceListId")
                : new DomainError(DomainErrorCodes.NotFound, $"No service product has id '{input.ProductId}'.", "productId"));
        }

        var now = context.Service<TimeProvider>().GetUtcNow();
        var by = context.AdministratorId();
        var series = await PriceSeries.LoadAsync(db, listId, productId, cancellationToken).ConfigureAwait(false);
        var outcome = PriceSchedule.Change(
            series,
            new PriceChangeRequest(list, productId, input.Amount, input.Segment, input.LoyaltyTier, input.MinQuantity, input.EffectiveFrom ?? now),
            by,
            now);
        if (!outcome.Succeeded)
        {
            UnsavedChanges.Forget(db);
            return Payload<Price>.Failure(outcome.Errors);
        }

        var price = outcome.Value;
        var conflict = await PriceSeries.SaveAsync(db, () => CatalogueLog.AddAndRecordAsync(
            db,
            price,
            p => CatalogueChange.Record(CatalogueChangeKind.PriceChanged, PriceSeries.Describe(product, list, p), by, now, product.Id, priceList: list.Id, price: p.Id),
            cancellationToken)).ConfigureAwait(false);
        return conflict is null ? Payload<Price>.Success(price) : Payload<Price>.Failure(conflict);
    }
}
