using System.Globalization;
using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Pricing;

internal static class PriceSeries
{
    /// <summary>Every row of one product on one list, tracked, for the price schedule to change.</summary>
    public static Task<List<Price>> LoadAsync(CrmDbContext db, int priceListId, int productId, CancellationToken cancellationToken) =>
        db.Prices.Where(p => p.PriceListId == priceListId && p.ServiceProductId == productId).ToListAsync(cancellationToken);

    /// <summary>
    /// Runs the save of a price change; when someone else ended the same price meanwhile, nothing is saved and the
    /// caller gets a conflict to retry from, never two overlapping prices.
    /// </summary>
    public static async Task<DomainError?> SaveAsync(CrmDbContext db, Func<Task> save)
    {
        try
        {
            await save().ConfigureAwait(false);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            UnsavedChanges.Forget(db);
            return new DomainError(
                DomainErrorCodes.ConcurrencyConflict,
                "Someone else changed these prices at the same time; nothing was saved. Read the prices again and retry.",
                "priceListId");
        }
    }

    /// <summary>A price change in words, for the catalogue's change log.</summary>
    public static string Describe(ServiceProduct product, PriceList list, Price price)
    {
        var target = (price.Segment, price.LoyaltyTier) switch
        {
            (null, null) => string.Empty,
            (var segment, null) => $" for {segment}",
            (null, var tier) => $" for {tier}",
            (var segment, var tier) => $" for {tier} {segment}",
        };
        var units = price.MinQuantity > 1 ? $", {price.MinQuantity}+ units" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{product.Code} on {list.Code}{target}{units}: {price.Amount:0.00} {list.Currency} from {price.ValidFrom.UtcDateTime:yyyy-MM-dd HH:mm}Z");
    }
}
