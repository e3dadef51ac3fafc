namespace CrmGraph.Server.Tests.History;

[Collection(ServerCollection.Name)]
public sealed class TimelineTests(CrmServerFixture server)
{
    private const string Timeline = """
        query($id: ID!, $first: Int, $after: String) {
          customer(id: $id) {
            lastActivityAt
            timeline(first: $first, after: $after) {
              totalCount
              pageInfo { hasNextPage endCursor }
              edges { node { kind at summary channel staffMember { id } subject { __typename ... on Interaction { id notes } } } }
            }
          }
        }
        """;

    [Fact]
    public async Task The_timeline_mixes_every_kind_of_encounter_newest_first_across_pages()
    {
        var id = await BusiestCustomerAsync();
        var kinds = new HashSet<string?>();
        var times = new List<DateTimeOffset>();
        string? after = null;
        int total;
        do
        {
            var timeline = (await server.Client.DataAsync(Timeline, new { id, first = 25, after })).GetProperty("customer").GetProperty("timeline");
            total = timeline.GetProperty("totalCount").GetInt32();
            foreach (var node in timeline.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")))
            {
                kinds.Add(node.GetProperty("kind").GetString());
                times.Add(node.GetProperty("at").GetDateTimeOffset());
                Assert.False(string.IsNullOrWhiteSpace(node.GetProperty("summary").GetString()));
            }

            after = timeline.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? timeline.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(total, times.Count);
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.Contains("INTERACTION", kinds);
        Assert.Contains("SERVICE_ORDER", kinds);
    }

    [Fact]
    public async Task A_recorded_interaction_tops_the_timeline_and_moves_last_activity()
    {
        var id = await BusiestCustomerAsync();
        var payload = (await server.Client.DataAsync(
            """
            mutation($input: RecordInteractionInput!) {
              recordInteraction(input: $input) { interaction { id kind channel notes customer { id } } errors { code message } }
            }
            """,
            new { input = new { customerId = id, channel = "PHONE", kind = "FOLLOW_UP", notes = "Called back about the repair." } }))
            .GetProperty("recordInteraction");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var interactionId = payload.GetProperty("interaction").GetProperty("id").GetString();
        await server.FollowOnWorkDoneAsync();

        var customer = (await server.Client.DataAsync(Timeline, new { id, first = 1 })).GetProperty("customer");
        var top = customer.GetProperty("timeline").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("INTERACTION", top.GetProperty("kind").GetString());
        Assert.Equal("PHONE", top.GetProperty("channel").GetString());
        Assert.Equal(interactionId, top.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal(top.GetProperty("at").GetDateTimeOffset(), customer.GetProperty("lastActivityAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_interaction_for_an_unknown_customer_or_in_the_future_is_refused()
    {
        var data = await server.Client.DataAsync(
            """
            mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } errors { __typename path } } }
            """,
            new { input = new { customerId = Customers.CustomerQueryTests.IdOf("Customer", 777_777), channel = "EMAIL", kind = "INQUIRY", occurredAt = DateTimeOffset.UtcNow.AddDays(2) } });
        var errors = data.GetProperty("recordInteraction").GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()).ToList();
        Assert.Contains("NotFoundError", errors);
        Assert.Contains("ValidationError", errors);
    }

    /// <summary>A recently active customer with both interactions and orders, whatever other tests have added.</summary>
    private async Task<string> BusiestCustomerAsync()
    {
        var data = await server.Client.DataAsync("""
            { customers(first: 30, order: [{ field: LAST_ACTIVITY_AT, direction: DESC }], where: { status: [ACTIVE] }) {
                edges { node { id interactions { totalCount } orders { totalCount } } } } }
            """);
        return data.GetProperty("customers").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node"))
            .First(n => n.GetProperty("interactions").GetProperty("totalCount").GetInt32() > 0 && n.GetProperty("orders").GetProperty("totalCount").GetInt32() > 0)
            .GetProperty("id").GetString()!;
    }
}
