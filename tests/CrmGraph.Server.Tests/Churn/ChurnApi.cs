namespace CrmGraph.Server.Tests.Churn;

/// <summary>The operations the churn and loyalty tests build a customer's history with.</summary>
internal static class ChurnApi
{
    public const string Errors = "errors { __typename code message path }";

    public const string Ranking = """
        query($first: Int, $after: String, $last: Int, $before: String, $minScore: Decimal) {
          atRiskCustomers(first: $first, after: $after, last: $last, before: $before, minScore: $minScore) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id status riskScore partner { code } } }
          }
        }
        """;

    private const string MarkChurnedDocument = """
        mutation($input: MarkCustomerChurnedInput!) {
          markCustomerChurned(input: $input) { customer { id status version churnCause churnedAt } errors { __typename code message path } }
        }
        """;

    /// <summary>Creates a prospect, owned by the calling partner when the client is a partner's; returns its id.</summary>
    public static async Task<string> CreateCustomerAsync(GraphQLClient client, string name)
    {
        var payload = (await client.DataAsync(
            "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } " + Errors + " } }",
            new { input = new { name, kind = "ORGANIZATION" } })).GetProperty("createCustomer");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("customer").GetProperty("id").GetString()!;
    }

    /// <summary>Places an order of <paramref name="quantity"/> × the product with <paramref name="productCode"/>; returns the order.</summary>
    public static async Task<JsonElement> OrderAsync(GraphQLClient client, string customerId, string productCode, int quantity = 1)
    {
        var products = await client.DataAsync("{ serviceProducts(first: 50) { edges { node { id code } } } }");
        var productId = products.GetProperty("serviceProducts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).Single(n => n.GetProperty("code").GetString() == productCode).GetProperty("id").GetString();
        var payload = (await client.DataAsync(
            "mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { order { id orderedAt total { amount currency } customer { status loyaltyTier loyaltyPoints } } " + Errors + " } }",
            new { input = new { customerId, productId, quantity } })).GetProperty("placeServiceOrder");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("order");
    }

    public static async Task<JsonElement> MarkChurnedAsync(GraphQLClient client, object input) =>
        (await client.DataAsync(MarkChurnedDocument, new { input })).GetProperty("markCustomerChurned");

    /// <summary>The newest <paramref name="first"/> timeline entries of a customer, with what a status or tier change says.</summary>
    public static async Task<List<JsonElement>> TimelineAsync(GraphQLClient client, string customerId, int first = 10)
    {
        var data = await client.DataAsync(
            """
            query($id: ID!, $first: Int) { customer(id: $id) { timeline(first: $first) { edges { node {
              kind at summary staffMember { id }
              subject { __typename ... on CustomerEvent { kind fromStatus toStatus fromTier toTier churnCause loyaltyPoints note at } }
            } } } } }
            """,
            new { id = customerId, first });
        return data.GetProperty("customer").GetProperty("timeline").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
    }

    public static decimal Amount(JsonElement money) => money.GetProperty("amount").GetDecimal();

    /// <summary>Every page of atRiskCustomers, in order.</summary>
    public static async Task<(int Total, List<JsonElement> Nodes)> RankingAsync(GraphQLClient client, decimal? minScore)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        int total;
        do
        {
            var page = (await client.DataAsync(Ranking, new { first = 40, after, minScore })).GetProperty("atRiskCustomers");
            total = page.GetProperty("totalCount").GetInt32();
            nodes.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        return (total, nodes);
    }
}
