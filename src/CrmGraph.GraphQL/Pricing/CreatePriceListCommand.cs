using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Pricing;
using CrmGraph.GraphQL.Catalog;

namespace CrmGraph.GraphQL.Pricing;

/// <summary>Opens a price list in one currency, optionally as the new default.</summary>
internal static class CreatePriceListCommand
{
    public static async Task<Payload<PriceList>> RunAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<CreatePriceListInput>("input");
        var db = context.Db();
        var outcome = PriceList.Create(input.Code, input.Name, input.Currency, input.IsDefault);
        if (!outcome.Succeeded)
        {
            return Payload<PriceList>.Failure(outcome.Errors);
        }

        var list = outcome.Value;
        if (await db.PriceLists.AnyAsync(l => l.Code == list.Code, context.CancellationToken).ConfigureAwait(false))
        {
            return Payload<PriceList>.Failure(CatalogueLog.CodeTaken("price list", list.Code));
        }

        if (list.IsDefault)
        {
            foreach (var previous in await db.PriceLists.Where(l => l.IsDefault).ToListAsync(context.CancellationToken).ConfigureAwait(false))
            {
                previous.StopBeingDefault();
            }
        }

        var now = context.Service<TimeProvider>().GetUtcNow();
        var by = context.AdministratorId();
        await CatalogueLog.AddAndRecordAsync(
            db,
            list,
            l => CatalogueChange.Record(CatalogueChangeKind.PriceListCreated, $"{l.Code} {l.Name} in {l.Currency}{(l.IsDefault ? ", the default" : string.Empty)}", by, now, priceList: l.Id),
            context.CancellationToken).ConfigureAwait(false);
        return Payload<PriceList>.Success(list);
    }
}
