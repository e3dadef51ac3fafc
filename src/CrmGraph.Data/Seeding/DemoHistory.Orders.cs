namespace CrmGraph.Data.Seeding;

internal sealed partial class DemoHistory
{
    private readonly QuoteCalculator _quotes = new(TierDiscountPolicy.Default);

    /// <summary>Orders priced by the real quote rules at the time they were placed.</summary>
    public async Task<IReadOnlyList<ServiceOrder>> OrdersAsync(CrmDbContext db, IReadOnlyList<Customer> customers, CancellationToken cancellationToken)
    {
        var list = await db.PriceLists.AsNoTracking().SingleAsync(l => l.IsDefault, cancellationToken).ConfigureAwait(false);
        var prices = (await db.Prices.AsNoTracking().Where(p => p.PriceListId == list.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(p => p.ServiceProductId);
        var addOns = await db.AddOnServices.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);

        var orders = new List<ServiceOrder>(_orderPlan.Count);
        foreach (var (index, at) in _orderPlan.OrderBy(p => p.At))
        {
            var customer = customers[index];
            var product = random.Pick(products);
            var allowed = addOns.Where(a => a.IsAllowedFor(product.Id)).ToList();
            var choices = allowed.Count > 0 && random.Chance(0.4) ? [new AddOnChoice(random.Pick(allowed), 1)] : Array.Empty<AddOnChoice>();
            var quantity = random.Weighted((1, 70), (2, 15), (3, 8), (5, 5), (10, 2));
            var quote = _quotes.Calculate(new QuoteRequest(QuoteCustomer.From(customer), list, product, quantity, choices, prices[product.Id].ToList(), at));
            if (!quote.Succeeded)
            {
                continue;
            }

            var number = $"SO-{orders.Count + 1:000000}";
            var order = ServiceOrder.FromQuote(number, quote.Value, random.Pick(_agents).Id, scheduledFor: at.AddDays(random.Between(1, 10)));
            if (at < today.AddDays(-14))
            {
                if (random.Chance(0.05))
                {
                    order.SettleAsCancelled();
                }
                else
                {
                    order.SettleAsCompleted(at.AddDays(random.Between(1, 12)));
                }
            }

            orders.Add(order);
        }

        return orders;
    }
}
