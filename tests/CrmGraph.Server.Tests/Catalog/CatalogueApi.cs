using System.Globalization;

namespace CrmGraph.Server.Tests.Catalog;

/// <summary>The catalogue, price and estimate operations the tests drive the API with.</summary>
internal static class CatalogueApi
{
    public const string Errors = "errors { __typename code message path }";

    public static async Task<JsonElement> RunAsync(GraphQLClient client, string field, string inputType, object input, string selection)
    {
        var data = await client.DataAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} {Errors} }} }}", new { input });
        return data.GetProperty(field);
    }

    /// <summary>Creates a product with a unique code and returns its id.</summary>
    public static async Task<string> CreateProductAsync(GraphQLClient client, string category = "REPAIR")
    {
        var code = "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var payload = await RunAsync(client, "createServiceProduct", "CreateServiceProductInput", new
        {
            code,
            name = "Test " + code,
            category,
            deliveryMode = "ON_SITE",
            billingUnit = "PER_VISIT",
            responseTargetHours = 8,
            resolutionTargetHours = 48,
        }, "product { id }");
        NoErrors(payload);
        return payload.GetProperty("product").GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> ChangePriceAsync(GraphQLClient client, string productId, string priceListId, decimal amount, DateTimeOffset? from, string currency = "EUR") =>
        await RunAsync(client, "changePrice", "ChangePriceInput", new
        {
            productId,
            priceListId,
            amount = new { amount, currency },
            effectiveFrom = from?.ToString("O", CultureInfo.InvariantCulture),
        }, "price { id amount { amount } validFrom validTo recordedBy { name } }");

    public static async Task<string> DefaultListIdAsync(GraphQLClient admin)
    {
        var lists = await admin.DataAsync("{ priceLists { id isDefault currency } }");
        return lists.GetProperty("priceLists").EnumerateArray().First(l => l.GetProperty("isDefault").GetBoolean()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> QuoteAsync(GraphQLClient client, string customerId, string productId, DateTimeOffset? at = null)
    {
        var data = await client.DataAsync(
            "query($input: QuoteInput!) { quote(input: $input) { quote { total { amount } lines { unitPrice { amount } rule } } " + Errors + " } }",
            new { input = new { customerId, productId, quantity = 1, at = at?.ToString("O", CultureInfo.InvariantCulture) } });
        return data.GetProperty("quote");
    }

    public static void NoErrors(JsonElement payload) =>
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.GetProperty("errors").ToString());

    public static string ErrorType(JsonElement payload) => payload.GetProperty("errors")[0].GetProperty("__typename").GetString()!;
}
