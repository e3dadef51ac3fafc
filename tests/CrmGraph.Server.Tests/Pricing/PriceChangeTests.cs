using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Catalog.CatalogueApi;

namespace CrmGraph.Server.Tests.Pricing;

[Collection(ServerCollection.Name)]
public sealed class PriceChangeTests(CrmServerFixture server)
{
    [Fact]
    public async Task Quotes_use_exactly_the_price_in_force_at_their_instant_after_a_series_of_changes()
    {
        var listId = await DefaultListIdAsync(server.Client);
        var productId = await CreateProductAsync(server.Client);
        var customer = await StandardCustomerAsync();
        var start = DateTimeOffset.UtcNow;

        NoErrors(await ChangePriceAsync(server.Client, productId, listId, 100m, from: null));
        NoErrors(await ChangePriceAsync(server.Client, productId, listId, 120m, start.AddHours(1)));
        var third = await ChangePriceAsync(server.Client, productId, listId, 90m, start.AddHours(2));
        NoErrors(third);
        var moved = await RunAsync(server.Client, "reschedulePrice", "ReschedulePriceInput", new
        {
            priceId = third.GetProperty("price").GetProperty("id").GetString(),
            amount = new { amount = 95m, currency = "EUR" },
            effectiveFrom = start.AddHours(3).ToString("O"),
        }, "price { validFrom }");
        NoErrors(moved);
        var fourth = await ChangePriceAsync(server.Client, productId, listId, 150m, start.AddHours(5));
        NoErrors(await RunAsync(server.Client, "withdrawPrice", "WithdrawPriceInput", new { priceId = fourth.GetProperty("price").GetProperty("id").GetString() }, "price { amount { amount } }"));

        foreach (var (offset, expected) in new[] { (30, 100m), (90, 120m), (150, 120m), (200, 95m), (400, 95m) })
        {
            var quote = await QuoteAsync(server.Client, customer, productId, start.AddMinutes(offset));
            NoErrors(quote);
            Assert.Equal(expected, quote.GetProperty("quote").GetProperty("lines")[0].GetProperty("unitPrice").GetProperty("amount").GetDecimal());
        }

        // An order placed now is charged the price in force now.
        var order = (await server.Client.DataAsync(
            "mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { order { lines { unitPrice { amount } } } " + Errors + " } }",
            new { input = new { customerId = customer, productId, quantity = 1 } })).GetProperty("placeServiceOrder");
        NoErrors(order);
        Assert.Equal(100m, order.GetProperty("order").GetProperty("lines")[0].GetProperty("unitPrice").GetProperty("amount").GetDecimal());

        var history = await server.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on ServiceProduct { priceHistory { amount { amount } validFrom validTo recordedBy { email } } } } }", new { id = productId });
        var rows = history.GetProperty("node").GetProperty("priceHistory").EnumerateArray().ToList();
        Assert.Equal([95m, 120m, 100m], rows.Select(r => r.GetProperty("amount").GetProperty("amount").GetDecimal()));
        Assert.All(rows, r => Assert.Equal(CrmServerFixture.AdminEmail, r.GetProperty("recordedBy").GetProperty("email").GetString()));
        Assert.Equal(rows[0].GetProperty("validFrom").GetString(), rows[1].GetProperty("validTo").GetString());
    }

    [Fact]
    public async Task Bad_price_changes_get_typed_errors_and_change_nothing()
    {
        var listId = await DefaultListIdAsync(server.Client);
        var productId = await CreateProductAsync(server.Client);
        var inForce = await ChangePriceAsync(server.Client, productId, listId, 50m, from: null);
        NoErrors(inForce);
        NoErrors(await ChangePriceAsync(server.Client, productId, listId, 60m, DateTimeOffset.UtcNow.AddDays(3)));
        var before = await server.InDatabaseAsync(db => db.Prices.CountAsync());
        var changesBefore = await server.InDatabaseAsync(db => db.CatalogueChanges.CountAsync());

        Assert.Equal("ValidationError", ErrorType(await ChangePriceAsync(server.Client, productId, listId, -1m, DateTimeOffset.UtcNow.AddDays(5))));
        Assert.Equal("CurrencyMismatchError", ErrorType(await ChangePriceAsync(server.Client, productId, listId, 10m, DateTimeOffset.UtcNow.AddDays(5), "USD")));
        Assert.Equal("ValidationError", ErrorType(await ChangePriceAsync(server.Client, productId, listId, 10m, DateTimeOffset.UtcNow.AddDays(-1))));
        Assert.Equal("PriceOverlapError", ErrorType(await ChangePriceAsync(server.Client, productId, listId, 55m, DateTimeOffset.UtcNow.AddDays(1))));
        var edited = await RunAsync(server.Client, "reschedulePrice", "ReschedulePriceInput", new
        {
            priceId = inForce.GetProperty("price").GetProperty("id").GetString(), amount = new { amount = 1m, currency = "EUR" }, effectiveFrom = DateTimeOffset.UtcNow.AddDays(1).ToString("O"),
        }, "price { id }");
        Assert.Equal("PriceAlreadyInForceError", ErrorType(edited));

        Assert.Equal(before, await server.InDatabaseAsync(db => db.Prices.CountAsync()));
        Assert.Equal(changesBefore, await server.InDatabaseAsync(db => db.CatalogueChanges.CountAsync()));
    }

    [Fact]
    public async Task A_bulk_change_is_previewed_without_saving_and_applied_exactly_as_previewed()
    {
        var code = "BULK-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var list = (await server.Client.DataAsync("mutation($code: String!) { createPriceList(input: { code: $code, name: \"Bulk test\", currency: \"EUR\" }) { priceList { id } errors { code } } }", new { code }))
            .GetProperty("createPriceList").GetProperty("priceList").GetProperty("id").GetString()!;
        var repair = await CreateProductAsync(server.Client, "REPAIR");
        var training = await CreateProductAsync(server.Client, "TRAINING");
        NoErrors(await ChangePriceAsync(server.Client, repair, list, 99.99m, null));
        NoErrors(await ChangePriceAsync(server.Client, training, list, 10.04m, null));
        var input = new { priceListId = list, percent = 5m, roundTo = 0.10m, effectiveFrom = DateTimeOffset.UtcNow.AddDays(1).ToString("O"), category = "REPAIR" };
        const string Lines = "change { applied lines { product { id } oldAmount newAmount } }";
        var pricesBefore = await server.InDatabaseAsync(db => db.Prices.CountAsync());

        var preview = (await server.Client.DataAsync("query($input: BulkPriceChangeInput!) { previewBulkPriceChange(input: $input) { " + Lines + " " + Errors + " } }", new { input }))
            .GetProperty("previewBulkPriceChange");
        NoErrors(preview);
        Assert.Equal(pricesBefore, await server.InDatabaseAsync(db => db.Prices.CountAsync()));
        var applied = await RunAsync(server.Client, "applyBulkPriceChange", "BulkPriceChangeInput", input, Lines);
        NoErrors(applied);

        var previewed = preview.GetProperty("change").GetProperty("lines").ToString();
        Assert.Equal(previewed, applied.GetProperty("change").GetProperty("lines").ToString());
        var line = Assert.Single(applied.GetProperty("change").GetProperty("lines").EnumerateArray());
        Assert.Equal((repair, 99.99m, 105.00m), (line.GetProperty("product").GetProperty("id").GetString(), line.GetProperty("oldAmount").GetDecimal(), line.GetProperty("newAmount").GetDecimal()));
        Assert.Equal(pricesBefore + 1, await server.InDatabaseAsync(db => db.Prices.CountAsync()));

        var again = await RunAsync(server.Client, "applyBulkPriceChange", "BulkPriceChangeInput", input, Lines);
        Assert.Equal("PriceOverlapError", ErrorType(again));
    }

    private async Task<string> StandardCustomerAsync()
    {
        var id = await server.InDatabaseAsync(db => db.Customers.Where(c => c.LoyaltyTier == Domain.Customers.LoyaltyTier.Standard && c.Segment == Domain.Customers.CustomerSegment.Standard)
            .Select(c => c.Id).FirstAsync());
        return Customers.CustomerQueryTests.IdOf("Customer", id);
    }
}
