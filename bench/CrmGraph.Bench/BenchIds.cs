using System.Net.Http.Json;
using System.Text.Json;

namespace CrmGraph.Bench;

/// <summary>
/// The ids the measured operations use: the first customer by name, a product with an allowed add-on, and the first
/// 100 customers, among whom orders are spread (two orders for one customer at once conflict, as they should).
/// </summary>
internal sealed record BenchIds(string CustomerId, string ProductId, string AddOnId, IReadOnlyList<string> OrderingCustomerIds)
{
    public static async Task<BenchIds> ReadAsync(HttpClient client, Uri graphql)
    {
        const string query = """
            { customers(first: 100) { edges { node { id } } }
              serviceProducts(first: 50) { edges { node { id allowedAddOns { id } } } } }
            """;
        using var response = await client.PostAsJsonAsync(graphql, new { query });
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        var customers = data.GetProperty("customers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        var product = data.GetProperty("serviceProducts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node"))
            .First(p => p.GetProperty("allowedAddOns").GetArrayLength() > 0);
        return new BenchIds(customers[0], product.GetProperty("id").GetString()!, product.GetProperty("allowedAddOns")[0].GetProperty("id").GetString()!, customers);
    }
}
