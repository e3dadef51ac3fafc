using System.Net.Http.Json;
using System.Text.Json;

namespace CrmGraph.Bench;

/// <summary>The ids the measured operations use: the first customer by name and a product with an allowed add-on.</summary>
internal sealed record BenchIds(string CustomerId, string ProductId, string AddOnId)
{
    public static async Task<BenchIds> ReadAsync(HttpClient client, Uri graphql)
    {
        const string query = """
            { customers(first: 1) { edges { node { id } } }
              serviceProducts(first: 50) { edges { node { id allowedAddOns { id } } } } }
            """;
        using var response = await client.PostAsJsonAsync(graphql, new { query });
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        var customer = data.GetProperty("customers").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
        var product = data.GetProperty("serviceProducts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node"))
            .First(p => p.GetProperty("allowedAddOns").GetArrayLength() > 0);
        return new BenchIds(customer, product.GetProperty("id").GetString()!, product.GetProperty("allowedAddOns")[0].GetProperty("id").GetString()!);
    }
}
