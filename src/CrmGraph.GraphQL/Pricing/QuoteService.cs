using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Pricing;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Customers;

namespace CrmGraph.GraphQL.Pricing;

/// <summary>
/// Gathers what a quote needs from the database and prices it with the domain's rules. Orders are priced
/// here too, so an order always costs exactly what its quote said.
/// </summary>
public sealed class QuoteService(QuoteCalculator calculator)
{
    public async Task<Outcome<Quote>> PriceAsync(CrmDbContext db, QuoteRequestInput input, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var customerId = GlobalId.ParseFor(CustomerType.TypeName, input.CustomerId, "input.customerId");
        var productId = GlobalId.ParseFor(ServiceProductType.TypeName, input.ProductId, "input.productId");
        int? priceListId = input.PriceListId is null ? null : GlobalId.ParseFor(PriceListType.TypeName, input.PriceListId, "input.priceListId");
        var addOns = input.AddOns ?? [];
        var addOnIds = addOns.Select((a, i) => GlobalId.ParseFor(AddOnServiceType.TypeName, a.AddOnId, $"input.addOns[{i}].addOnId")).ToList();

        var errors = new List<DomainError>();
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken).ConfigureAwait(false);
        var product = await db.ServiceProducts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId, cancellationToken).ConfigureAwait(false);
        var priceList = await db.PriceLists.AsNoTracking()
            .Where(l => priceListId == null ? l.IsDefault : l.Id == priceListId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var services = await db.AddOnServices.AsNoTracking().Where(a => addOnIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken).ConfigureAwait(false);

        NotFoundUnless(customer is not null, errors, "customerId", $"No customer has id '{input.CustomerId}'.");
        NotFoundUnless(product is not null, errors, "productId", $"No service product has id '{input.ProductId}'.");
        NotFoundUnless(priceList is not null, errors, "priceListId", priceListId is null ? "No default price list is set up." : $"No price list has id '{input.PriceListId}'.");
        for (var i = 0; i < addOnIds.Count; i++)
        {
            NotFoundUnless(services.ContainsKey(addOnIds[i]), errors, $"addOns[{i}].addOnId", $"No add-on service has id '{addOns[i].AddOnId}'.");
        }

        if (errors.Count > 0)
        {
            return Outcome<Quote>.Failure(errors);
        }

        var prices = await db.Prices.AsNoTracking()
            .Where(p => p.ServiceProductId == productId && p.PriceListId == priceList!.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return calculator.Calculate(new QuoteRequest(
            QuoteCustomer.From(customer!),
            priceList!,
            product!,
            input.Quantity,
            addOns.Select((a, i) => new AddOnChoice(services[addOnIds[i]], a.Quantity)).ToList(),
            prices,
            at));
    }

    private static void NotFoundUnless(bool found, List<DomainError> errors, string field, string message)
    {
        if (!found)
        {
            errors.Add(new DomainError(DomainErrorCodes.NotFound, message, field));
        }
    }
}
