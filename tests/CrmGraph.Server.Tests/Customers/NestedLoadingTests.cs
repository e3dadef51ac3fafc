namespace CrmGraph.Server.Tests.Customers;

/// <summary>Nested fields are loaded in batches: the statement count of a page does not grow with the page.</summary>
[Collection(ServerCollection.Name)]
public sealed class NestedLoadingTests(CrmServerFixture server)
{
    private const string PageWithNestedFields = """
        query($first: Int!) {
          customers(first: $first) {
            edges { node {
              id name
              accountManager { id name }
              partner { id name }
              interactions(first: 5) { totalCount edges { node { id kind occurredAt staffMember { name } } } }
              complaints(first: 5, openOnly: true) { edges { node { id status severity assignee { name } } } }
              timeline(first: 3) { edges { node { kind at summary } } }
            } }
          }
        }
        """;

    [Fact]
    public async Task A_page_of_100_customers_with_nested_fields_costs_no_more_statements_than_a_page_of_10()
    {
        var (small, smallKinds) = await CountStatementsAsync(10);
        var (large, largeKinds) = await CountStatementsAsync(100);

        // Equal or fewer: with more rows, more of the nested keys are already cached by the request's loaders; only a
        // kind of timeline entry the small page lacks costs one more statement (its records are loaded per kind).
        Assert.InRange(large, 1, small + largeKinds.Except(smallKinds).Count());
        // One statement per list and loader: customers, managers, partners, interactions (+count), their staff,
        // complaints, assignees, timelines and the records behind the entries, one per kind.
        Assert.InRange(small, 1, 16);
    }

    [Fact]
    public async Task Each_customer_gets_its_own_last_five_interactions_newest_first()
    {
        var data = await server.Client.DataAsync(PageWithNestedFields, new { first = 40 });
        var checkedOne = false;
        foreach (var customer in data.GetProperty("customers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")))
        {
            var interactions = customer.GetProperty("interactions");
            var times = interactions.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("occurredAt").GetDateTimeOffset()).ToList();
            Assert.True(times.Count <= 5);
            Assert.Equal(Math.Min(5, interactions.GetProperty("totalCount").GetInt32()), times.Count);
            Assert.Equal(times.OrderByDescending(t => t), times);
            checkedOne |= times.Count > 0;
        }

        Assert.True(checkedOne);
    }

    /// <summary>The statements a page costs, and the kinds of timeline entry on it.</summary>
    private async Task<(long Statements, HashSet<string?> TimelineKinds)> CountStatementsAsync(int pageSize)
    {
        var (data, statements) = await server.DataWithSqlStatementsAsync(PageWithNestedFields, new { first = pageSize });
        var kinds = data.GetProperty("customers").GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("node").GetProperty("timeline").GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node").GetProperty("kind").GetString())
            .ToHashSet();
        return (statements, kinds);
    }
}
