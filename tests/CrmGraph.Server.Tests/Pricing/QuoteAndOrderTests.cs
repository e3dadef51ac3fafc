using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Pricing;

[Collection(ServerCollection.Name)]
public sealed class QuoteAndOrderTests(CrmServerFixture server)
{
    private const string Quote = """
        query($input: QuoteInput!) {
          quote(input: $input) {
            quote { currency lines { kind code quantity unitPrice { amount currency } discount { amount } total { amount } rule }
                    subtotal { amount } tierDiscount { amount } total { amount currency } }
            errors { __typename code message path }
          }
        }
        """;

    private const string Place = """
        mutation($input: PlaceServiceOrderInput!) {
          placeServiceOrder(input: $input) {
            order { id number status total { amount currency } lines { quantity unitPrice { amount currency } lineTotal { amount } priceRule product { code } } addOns { quantity unitPrice { amount } addOn { code } } customer { id status } }
            errors { __typename code message path }
          }
        }
        """;

    [Fact]
    public async Task A_quote_prices_each_line_by_its_rule_and_adds_up()
    {
        var (customer, product, addOn) = await PickAsync("REP-WORKSHOP", "COURIER");
        var payload = (await server.Client.DataAsync(Quote, new { input = new { customerId = customer, productId = product, quantity = 2, addOns = new[] { new { addOnId = addOn, quantity = 1 } } } }))
            .GetProperty("quote");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var quote = payload.GetProperty("quote");
        var lines = quote.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["PRODUCT", "ADD_ON"], lines.Select(l => l.GetProperty("kind").GetString()));
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("rule").GetString())));
        Assert.All(lines, l => Assert.Equal(
            l.GetProperty("unitPrice").GetProperty("amount").GetDecimal() * l.GetProperty("quantity").GetInt32() - l.GetProperty("discount").GetProperty("amount").GetDecimal(),
            l.GetProperty("total").GetProperty("amount").GetDecimal()));
        Assert.Equal(lines.Sum(l => l.GetProperty("total").GetProperty("amount").GetDecimal()), quote.GetProperty("total").GetProperty("amount").GetDecimal());
        Assert.Equal(
            quote.GetProperty("subtotal").GetProperty("amount").GetDecimal() - quote.GetProperty("tierDiscount").GetProperty("amount").GetDecimal(),
            quote.GetProperty("total").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Invalid_combinations_are_typed_errors_not_zero_prices()
    {
        var (customer, product, _) = await PickAsync("INSP-SAFETY", "COURIER");
        var courier = (await PickAsync("REP-WORKSHOP", "COURIER")).AddOn;
        var payload = (await server.Client.DataAsync(Quote, new { input = new { customerId = customer, productId = product, quantity = -1, addOns = new[] { new { addOnId = courier, quantity = 1 } } } }))
            .GetProperty("quote");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("quote").ValueKind);
        var types = payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()).ToList();
        Assert.Contains("ValidationError", types);
        Assert.Contains("AddOnNotAllowedError", types);
    }

    [Fact]
    public async Task An_add_on_above_its_maximum_is_refused_and_no_order_is_written()
    {
        var (customer, product, addOn) = await PickAsync("REP-WORKSHOP", "LOANER");
        var before = await server.InDatabaseAsync(db => db.ServiceOrders.CountAsync());
        var payload = (await server.Client.DataAsync(Place, new { input = new { customerId = customer, productId = product, quantity = 1, addOns = new[] { new { addOnId = addOn, quantity = 5 } } } }))
            .GetProperty("placeServiceOrder");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("order").ValueKind);
        Assert.Contains(payload.GetProperty("errors").EnumerateArray(), e => e.GetProperty("__typename").GetString() == "QuantityAboveMaximumError");
        Assert.Equal(before, await server.InDatabaseAsync(db => db.ServiceOrders.CountAsync()));
    }

    [Fact]
    public async Task A_placed_order_copies_the_quoted_prices_and_activates_a_prospect()
    {
        var created = (await server.Client.DataAsync("mutation { createCustomer(input: { name: \"Cedar Motors AG\", kind: ORGANIZATION }) { customer { id } } }"))
            .GetProperty("createCustomer").GetProperty("customer").GetProperty("id").GetString();
        var (_, product, addOn) = await PickAsync("REP-WORKSHOP", "COURIER");
        var input = new { customerId = created, productId = product, quantity = 1, addOns = new[] { new { addOnId = addOn, quantity = 2 } } };
        var quoted = (await server.Client.DataAsync(Quote, new { input })).GetProperty("quote").GetProperty("quote");

        var payload = (await server.Client.DataAsync(Place, new { input })).GetProperty("placeServiceOrder");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var order = payload.GetProperty("order");
        Assert.Equal(quoted.GetProperty("total").GetProperty("amount").GetDecimal(), order.GetProperty("total").GetProperty("amount").GetDecimal());
        Assert.Equal(quoted.GetProperty("lines")[0].GetProperty("rule").GetString(), order.GetProperty("lines")[0].GetProperty("priceRule").GetString());
        Assert.Equal(2, order.GetProperty("addOns")[0].GetProperty("quantity").GetInt32());
        Assert.Equal("ACTIVE", order.GetProperty("customer").GetProperty("status").GetString());

        var number = order.GetProperty("number").GetString();
        var stored = await server.InDatabaseAsync(db => db.ServiceOrders.Include(o => o.Lines).Include(o => o.AddOns).SingleAsync(o => o.Number == number));
        Assert.Single(stored.Lines);
        Assert.Single(stored.AddOns);
    }

    [Fact]
    public async Task Ordering_for_an_unknown_customer_is_a_not_found_error()
    {
        var (_, product, _) = await PickAsync("REP-WORKSHOP", "COURIER");
        var payload = (await server.Client.DataAsync(Place, new { input = new { customerId = Customers.CustomerQueryTests.IdOf("Customer", 654_321), productId = product, quantity = 1 } }))
            .GetProperty("placeServiceOrder");
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal("customerId", error.GetProperty("path")[1].GetString());
    }

    private async Task<(string Customer, string Product, string AddOn)> PickAsync(string productCode, string addOnCode)
    {
        var data = await server.Client.DataAsync("""
            { customers(first: 1, where: { status: [ACTIVE] }) { edges { node { id } } }
              serviceProducts(first: 50) { edges { node { id code } } }
              addOnServices(first: 50) { edges { node { id code } } } }
            """);
        string IdOfCode(string field, string code) => data.GetProperty(field).GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).Single(n => n.GetProperty("code").GetString() == code).GetProperty("id").GetString()!;
        return (
            data.GetProperty("customers").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!,
            IdOfCode("serviceProducts", productCode),
            IdOfCode("addOnServices", addOnCode));
    }
}
