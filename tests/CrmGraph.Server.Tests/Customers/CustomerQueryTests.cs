namespace CrmGraph.Server.Tests.Customers;

[Collection(ServerCollection.Name)]
public sealed class CustomerQueryTests(CrmServerFixture server)
{
    private const string PageQuery = """
        query Page($first: Int, $after: String, $where: CustomerFilterInput, $order: [CustomerSort!]) {
          customers(first: $first, after: $after, where: $where, order: $order) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id code name email status segment loyaltyTier createdAt lastActivityAt } }
          }
        }
        """;

    [Fact]
    public async Task Customers_are_paged_by_name_with_cursors_that_continue_where_the_last_page_ended()
    {
        var first = (await server.Client.DataAsync(PageQuery, new { first = 7 })).GetProperty("customers");
        var second = (await server.Client.DataAsync(PageQuery, new { first = 7, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("customers");

        var names = Names(first).Concat(Names(second)).ToList();
        Assert.Equal(14, names.Count);
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        Assert.Equal(14, Ids(first).Concat(Ids(second)).Distinct().Count());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(first.GetProperty("totalCount").GetInt32() >= 300);
    }

    [Fact]
    public async Task A_cursor_stays_valid_when_customers_are_inserted_before_it()
    {
        var order = new[] { new { field = "NAME", direction = "ASC" } };
        var first = (await server.Client.DataAsync(PageQuery, new { first = 5, order })).GetProperty("customers");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var before = Ids((await server.Client.DataAsync(PageQuery, new { first = 5, after = cursor, order })).GetProperty("customers"));

        // "!" sorts before every letter, so this customer lands on the first page.
        await server.Client.DataAsync("mutation { createCustomer(input: { name: \"!Early bird\" }) { customer { id } errors { message } } }");
        var after = Ids((await server.Client.DataAsync(PageQuery, new { first = 5, after = cursor, order })).GetProperty("customers"));

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Customers_can_be_filtered_by_status_segment_and_text_and_ordered_descending()
    {
        var data = await server.Client.DataAsync(PageQuery, new
        {
            first = 50,
            where = new { status = new[] { "ACTIVE" }, segment = new[] { "PRICE_SENSITIVE" } },
            order = new[] { new { field = "CREATED_AT", direction = "DESC" } },
        });
        var nodes = Nodes(data.GetProperty("customers")).ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal("ACTIVE", n.GetProperty("status").GetString()));
        Assert.All(nodes, n => Assert.Equal("PRICE_SENSITIVE", n.GetProperty("segment").GetString()));
        var created = nodes.Select(n => n.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.Equal(created.OrderByDescending(c => c), created);

        var someone = nodes[0].GetProperty("name").GetString()!;
        var search = someone.Split(' ')[0].ToUpperInvariant();
        var found = Nodes((await server.Client.DataAsync(PageQuery, new { first = 100, where = new { search } })).GetProperty("customers")).ToList();
        Assert.Contains(found, n => n.GetProperty("name").GetString() == someone);
        Assert.All(found, n => Assert.Contains(
            search,
            string.Join('|', n.GetProperty("name").GetString(), n.GetProperty("code").GetString(), n.GetProperty("email").GetString()).ToUpperInvariant(),
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customer_is_found_by_id_and_through_node()
    {
        var id = Ids((await server.Client.DataAsync(PageQuery, new { first = 1 })).GetProperty("customers")).Single();
        var data = await server.Client.DataAsync(
            "query($id: ID!) { customer(id: $id) { id name } node(id: $id) { id ... on Customer { code } } nodes(ids: [$id, $id]) { id } }",
            new { id });
        Assert.Equal(id, data.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal(id, data.GetProperty("node").GetProperty("id").GetString());
        Assert.StartsWith("C-", data.GetProperty("node").GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, data.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_and_malformed_ids_are_clear_errors()
    {
        var unknown = await server.Client.PostAsync("{ customer(id: \"" + IdOf("Customer", 999_999) + "\") { id } }");
        Assert.Equal(["NOT_FOUND"], unknown.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, unknown.Data.GetProperty("customer").ValueKind);

        var malformed = await server.Client.PostAsync("{ customer(id: \"not-an-id!\") { id } }");
        Assert.Equal(["INVALID_ID"], malformed.ErrorCodes);

        var wrongType = await server.Client.PostAsync("{ customer(id: \"" + IdOf("Partner", 1) + "\") { id } }");
        Assert.Equal(["INVALID_ID"], wrongType.ErrorCodes);

        var node = await server.Client.DataAsync("{ node(id: \"" + IdOf("Customer", 999_999) + "\") { id } }");
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Page_sizes_above_the_maximum_and_mixed_directions_are_refused()
    {
        var tooLarge = await server.Client.PostAsync("{ customers(first: 101) { totalCount } }");
        Assert.Equal(["PAGE_SIZE_TOO_LARGE"], tooLarge.ErrorCodes);

        var both = await server.Client.PostAsync("{ customers(first: 5, last: 5) { totalCount } }");
        Assert.Equal(["INVALID_PAGINATION"], both.ErrorCodes);

        var badCursor = await server.Client.PostAsync("{ customers(first: 5, after: \"garbage\") { totalCount } }");
        Assert.Equal(["INVALID_CURSOR"], badCursor.ErrorCodes);
    }

    [Fact]
    public async Task Paging_backward_returns_the_items_before_a_cursor_in_order()
    {
        var forward = (await server.Client.DataAsync(PageQuery, new { first = 10 })).GetProperty("customers");
        var edges = forward.GetProperty("edges").EnumerateArray().ToList();
        var data = await server.Client.DataAsync(
            "query($before: String) { customers(last: 3, before: $before) { pageInfo { hasPreviousPage hasNextPage } edges { node { id } } } }",
            new { before = edges[6].GetProperty("cursor").GetString() });
        var back = data.GetProperty("customers");
        Assert.Equal(edges.Skip(3).Take(3).Select(e => e.GetProperty("node").GetProperty("id").GetString()), Ids(back));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    internal static string IdOf(string type, int key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{key}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));

    private static List<string?> Names(JsonElement connection) => Nodes(connection).Select(n => n.GetProperty("name").GetString()).ToList();

    private static List<string?> Ids(JsonElement connection) => Nodes(connection).Select(n => n.GetProperty("id").GetString()).ToList();
}
