using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Tests.Orders;

public sealed class ServiceOrderTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_order_copies_every_quoted_amount_and_rule()
    {
        var quote = new Quote(
            CustomerId: 4,
            PriceListId: 1,
            Currency: "EUR",
            PricedAt: At,
            Lines:
            [
                new QuoteLine(QuoteLineKind.Product, 11, "REP", "Repair", 2, Eur(100m), Eur(10m), Eur(190m), "List price", 5),
                new QuoteLine(QuoteLineKind.AddOn, 21, "COURIER", "Courier", 1, Eur(25m), Eur(1.25m), Eur(23.75m), "Add-on price", null),
            ],
            Subtotal: Eur(225m),
            TierDiscount: Eur(11.25m),
            Total: Eur(213.75m));

        var order = ServiceOrder.FromQuote("SO-1", quote, staffMemberId: 8, scheduledFor: null);

        Assert.Equal((4, "EUR", 225m, 11.25m, 213.75m), (order.CustomerId, order.Currency, order.Subtotal, order.Discount, order.Total));
        Assert.Equal(ServiceOrderStatus.Placed, order.Status);
        Assert.Equal(At, order.OrderedAt);
        var line = Assert.Single(order.Lines);
        Assert.Equal((11, 2, 100m, 10m, 190m, "List price"), (line.ServiceProductId, line.Quantity, line.UnitPrice, line.Discount, line.LineTotal, line.PriceRule));
        var addOn = Assert.Single(order.AddOns);
        Assert.Equal((21, 1, 25m, 1.25m, 23.75m), (addOn.AddOnServiceId, addOn.Quantity, addOn.UnitPrice, addOn.Discount, addOn.LineTotal));
    }

    [Fact]
    public void An_order_with_an_agreed_date_is_scheduled()
    {
        var quote = new Quote(4, 1, "EUR", At, [], Eur(0m), Eur(0m), Eur(0m));

        Assert.Equal(ServiceOrderStatus.Scheduled, ServiceOrder.FromQuote("SO-2", quote, null, At.AddDays(3)).Status);
    }

    private static Money Eur(decimal amount) => new(amount, "EUR");
}
