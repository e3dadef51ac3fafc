using CrmGraph.Data;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Customers.CustomerQueryTests;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// A partner portal sees and changes only its own customers and what hangs off them, by every path: lists,
/// lookups by id, nested fields, the timeline and mutations. What it cannot see answers exactly like what
/// does not exist, so ids cannot be probed. Expected figures come straight from the database.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class PartnerIsolationTests(CrmServerFixture server)
{
    private const int Unknown = 999_999;

    private const string NodeQuery = "query($id: ID!) { node(id: $id) { id __typename } }";

    private const string NodesQuery = "query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }";

    private const string Update = """
        mutation($input: UpdateCustomerInput!) {
          updateCustomer(input: $input) { customer { id partner { code } } errors { __typename code path } }
        }
        """;

    [Fact]
    public async Task The_customer_list_holds_exactly_the_partners_own_customers()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var northId = await server.PartnerIdAsync("NORTH");
        var expected = await server.InDatabaseAsync(db => db.Customers.CountAsync(c => c.PartnerId == northId));
        Assert.True(expected > 0);

        var customers = (await north.DataAsync("{ customers(first: 100) { totalCount edges { node { partner { code } } } } }")).GetProperty("customers");
        Assert.Equal(expected, customers.GetProperty("totalCount").GetInt32());
        var nodes = customers.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(Math.Min(expected, 100), nodes.Count);
        Assert.All(nodes, n => Assert.Equal("NORTH", n.GetProperty("partner").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Filtering_on_another_partner_finds_nothing_and_the_partner_list_holds_only_itself()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var south = IdOf("Partner", await server.PartnerIdAsync("SOUTH"));

        var data = await north.DataAsync(
            "query($south: ID!) { customers(where: { partnerId: $south }) { totalCount } partners { totalCount edges { node { code } } } }",
            new { south });
        Assert.Equal(0, data.GetProperty("customers").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("partners").GetProperty("totalCount").GetInt32());
        Assert.Equal("NORTH", data.GetProperty("partners").GetProperty("edges")[0].GetProperty("node").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Staff_see_every_partners_customers()
    {
        foreach (var code in new[] { "NORTH", "SOUTH" })
        {
            var partnerId = await server.PartnerIdAsync(code);
            var expected = await server.InDatabaseAsync(db => db.Customers.CountAsync(c => c.PartnerId == partnerId));
            var data = await server.Client.DataAsync("query($p: ID!) { customers(where: { partnerId: $p }) { totalCount } }", new { p = IdOf("Partner", partnerId) });
            Assert.True(expected > 0);
            Assert.Equal(expected, data.GetProperty("customers").GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task Another_partners_objects_answer_node_exactly_like_ids_that_do_not_exist()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        foreach (var (type, key) in await SouthObjectsAsync())
        {
            // The staff client proves each id names something real.
            var seenByStaff = await server.Client.DataAsync(NodeQuery, new { id = IdOf(type, key) });
            Assert.Equal(type, seenByStaff.GetProperty("node").GetProperty("__typename").GetString());

            var south = await north.PostAsync(NodeQuery, new { id = IdOf(type, key) });
            var missing = await north.PostAsync(NodeQuery, new { id = IdOf(type, Unknown) });
            Assert.Equal(JsonValueKind.Null, south.Data.GetProperty("node").ValueKind);
            Assert.Equal(missing.Status, south.Status);
            Assert.Equal(missing.Body.GetRawText(), south.Body.GetRawText());
        }
    }

    [Fact]
    public async Task Another_partners_objects_answer_nodes_exactly_like_ids_that_do_not_exist()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var objects = await SouthObjectsAsync();
        var own = await OwnCustomerWithHistoryAsync();

        var south = await north.PostAsync(NodesQuery, new { ids = objects.Select(o => IdOf(o.Type, o.Key)).Append(IdOf("Customer", own)) });
        var missing = await north.PostAsync(NodesQuery, new { ids = objects.Select(o => IdOf(o.Type, Unknown)).Append(IdOf("Customer", own)) });
        Assert.Equal(missing.Body.GetRawText(), south.Body.GetRawText());
        var nodes = south.Data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes.SkipLast(1), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
        Assert.Equal(IdOf("Customer", own), nodes[^1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Another_partners_customer_by_id_is_not_found_like_one_that_does_not_exist()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var southCustomer = IdOf("Customer", (await SouthObjectsAsync()).First(o => o.Type == "Customer").Key);
        var missingCustomer = IdOf("Customer", Unknown);

        var south = await north.PostAsync("query($id: ID!) { customer(id: $id) { id name } }", new { id = southCustomer });
        var missing = await north.PostAsync("query($id: ID!) { customer(id: $id) { id name } }", new { id = missingCustomer });
        Assert.Equal(JsonValueKind.Null, south.Data.GetProperty("customer").ValueKind);
        Assert.Equal(missing.Body.GetRawText().Replace(missingCustomer, "ID", StringComparison.Ordinal), south.Body.GetRawText().Replace(southCustomer, "ID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_own_customers_nested_lists_and_timeline_hold_exactly_that_customers_records()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var key = await OwnCustomerWithHistoryAsync();
        var id = IdOf("Customer", key);
        var customer = (await north.DataAsync(
            """
            query($id: ID!) {
              customer(id: $id) {
                complaints(first: 100) { totalCount edges { node { id customer { id } } } }
                orders(first: 100) { totalCount edges { node { id customer { id } } } }
                interactions(first: 100) { totalCount edges { node { id customer { id } } } }
                timeline(first: 100) {
                  totalCount
                  edges { node { subject {
                    __typename
                    ... on Interaction { customer { id } }
                    ... on ServiceOrder { customer { id } }
                    ... on Complaint { customer { id } }
                    ... on SatisfactionSurvey { customer { id } }
                  } } }
                }
              }
            }
            """,
            new { id })).GetProperty("customer");

        var expected = await server.InDatabaseAsync(async db => new
        {
            Complaints = await db.Complaints.Where(c => c.CustomerId == key).Select(c => c.Id).ToListAsync(),
            Orders = await db.ServiceOrders.Where(o => o.CustomerId == key).Select(o => o.Id).ToListAsync(),
            Interactions = await db.Interactions.Where(i => i.CustomerId == key).Select(i => i.Id).ToListAsync(),
            Timeline = await TimelineLengthAsync(db, key),
        });
        AssertHolds(customer.GetProperty("complaints"), "Complaint", expected.Complaints, id);
        AssertHolds(customer.GetProperty("orders"), "ServiceOrder", expected.Orders, id);
        AssertHolds(customer.GetProperty("interactions"), "Interaction", expected.Interactions, id);

        var timeline = customer.GetProperty("timeline");
        Assert.InRange(expected.Timeline, 1, 100);
        Assert.Equal(expected.Timeline, timeline.GetProperty("totalCount").GetInt32());
        var subjects = timeline.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("subject")).ToList();
        Assert.All(subjects.Where(s => s.TryGetProperty("customer", out _)), s => Assert.Equal(id, s.GetProperty("customer").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Updating_another_partners_customer_is_not_found_and_changes_nothing()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var key = (await SouthObjectsAsync()).First(o => o.Type == "Customer").Key;
        var before = await server.InDatabaseAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == key));

        var payload = (await north.DataAsync(Update, new { input = new { id = IdOf("Customer", key), version = before.Version, name = "Taken over by North" } }))
            .GetProperty("updateCustomer");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("customer").ValueKind);
        Assert.Equal("NotFoundError", Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());

        var after = await server.InDatabaseAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == key));
        Assert.Equal((before.Name, before.Version, before.PartnerId), (after.Name, after.Version, after.PartnerId));
    }

    [Fact]
    public async Task Quoting_recording_an_interaction_or_placing_an_order_for_another_partners_customer_is_not_found_and_writes_nothing()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var key = (await SouthObjectsAsync()).First(o => o.Type == "Customer").Key;
        var customerId = IdOf("Customer", key);
        var product = await server.InDatabaseAsync(db => db.ServiceProducts.Where(p => p.Code == "REP-WORKSHOP").Select(p => p.Id).SingleAsync());
        var before = await HistorySizeAsync(key);

        // A quote would reveal the customer's tier through its discount.
        var quote = (await north.DataAsync(
            "query($input: QuoteInput!) { quote(input: $input) { quote { currency } errors { __typename path } } }",
            new { input = new { customerId, productId = IdOf("ServiceProduct", product), quantity = 1 } })).GetProperty("quote");

        var interaction = (await north.DataAsync(
            "mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } errors { __typename path } } }",
            new { input = new { customerId, channel = "PHONE", kind = "INQUIRY", notes = "North calling South's customer." } })).GetProperty("recordInteraction");
        var order = (await north.DataAsync(
            "mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { order { id } errors { __typename path } } }",
            new { input = new { customerId, productId = IdOf("ServiceProduct", product), quantity = 1 } })).GetProperty("placeServiceOrder");

        foreach (var (payload, field) in new[] { (quote, "quote"), (interaction, "interaction"), (order, "order") })
        {
            Assert.Equal(JsonValueKind.Null, payload.GetProperty(field).ValueKind);
            Assert.Contains(payload.GetProperty("errors").EnumerateArray(), e => e.GetProperty("__typename").GetString() == "NotFoundError");
        }

        Assert.Equal(before, await HistorySizeAsync(key));
    }

    [Fact]
    public async Task A_partners_new_customer_is_its_own_and_cannot_be_created_for_another_partner()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var northId = await server.PartnerIdAsync("NORTH");
        const string Create = "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { code } errors { __typename path } } }";

        var created = (await north.DataAsync(Create, new { input = new { name = "Fjord Bikes" } })).GetProperty("createCustomer");
        var code = created.GetProperty("customer").GetProperty("code").GetString();
        Assert.Equal(northId, await server.InDatabaseAsync(db => db.Customers.Where(c => c.Code == code).Select(c => c.PartnerId).SingleAsync()));

        var before = await server.InDatabaseAsync(db => db.Customers.CountAsync());
        var forSouth = (await north.DataAsync(Create, new { input = new { name = "Planted in South", partnerId = IdOf("Partner", await server.PartnerIdAsync("SOUTH")) } }))
            .GetProperty("createCustomer");
        Assert.Equal(JsonValueKind.Null, forSouth.GetProperty("customer").ValueKind);
        Assert.Equal("NotFoundError", Assert.Single(forSouth.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
        Assert.Equal(before, await server.InDatabaseAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task A_partner_cannot_hand_its_own_customer_to_another_partner_or_to_nobody()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var northId = await server.PartnerIdAsync("NORTH");
        var created = (await north.DataAsync("mutation { createCustomer(input: { name: \"Lakeside Kiosk\" }) { customer { id code version } } }"))
            .GetProperty("createCustomer").GetProperty("customer");
        var id = created.GetProperty("id").GetString();
        var code = created.GetProperty("code").GetString();
        var version = created.GetProperty("version").GetInt32();

        foreach (var partnerId in new[] { IdOf("Partner", await server.PartnerIdAsync("SOUTH")), null })
        {
            var payload = (await north.DataAsync(Update, new { input = new { id, version, partnerId } })).GetProperty("updateCustomer");
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("customer").ValueKind);
            Assert.NotEqual(0, payload.GetProperty("errors").GetArrayLength());
        }

        var stored = await server.InDatabaseAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Code == code));
        Assert.Equal((northId, version), (stored.PartnerId, stored.Version));
    }

    /// <summary>One SOUTH-owned record of each kind a partner could try to reach by id, and the SOUTH partner itself.</summary>
    private async Task<IReadOnlyList<(string Type, int Key)>> SouthObjectsAsync()
    {
        var south = await server.PartnerIdAsync("SOUTH");
        return await server.InDatabaseAsync(async db =>
        {
            var customers = db.Customers.Where(c => c.PartnerId == south).Select(c => c.Id);
            return (IReadOnlyList<(string, int)>)
            [
                ("Customer", await customers.OrderBy(c => c).FirstAsync()),
                ("Complaint", await db.Complaints.Where(x => customers.Contains(x.CustomerId)).Select(x => x.Id).FirstAsync()),
                ("ServiceOrder", await db.ServiceOrders.Where(x => customers.Contains(x.CustomerId)).Select(x => x.Id).FirstAsync()),
                ("Interaction", await db.Interactions.Where(x => customers.Contains(x.CustomerId)).Select(x => x.Id).FirstAsync()),
                ("SatisfactionSurvey", await db.Surveys.Where(x => customers.Contains(x.CustomerId)).Select(x => x.Id).FirstAsync()),
                ("Partner", south),
            ];
        });
    }

    /// <summary>A NORTH customer with complaints, orders and interactions on record, and a history short enough for one page.</summary>
    private async Task<int> OwnCustomerWithHistoryAsync()
    {
        var north = await server.PartnerIdAsync("NORTH");
        return await server.InDatabaseAsync(db => db.Customers
            .Where(c => c.PartnerId == north
                && db.Complaints.Any(x => x.CustomerId == c.Id)
                && db.ServiceOrders.Any(x => x.CustomerId == c.Id)
                && db.Interactions.Any(x => x.CustomerId == c.Id))
            .OrderBy(c => db.Interactions.Count(x => x.CustomerId == c.Id))
            .Select(c => c.Id)
            .FirstAsync());
    }

    private Task<(int Interactions, int Orders)> HistorySizeAsync(int customer) =>
        server.InDatabaseAsync(async db => (
            await db.Interactions.CountAsync(i => i.CustomerId == customer),
            await db.ServiceOrders.CountAsync(o => o.CustomerId == customer)));

    /// <summary>How many entries the customer's timeline has: every record of theirs, a complaint's filing counted once.</summary>
    private static async Task<int> TimelineLengthAsync(CrmDbContext db, int customer) =>
        await db.Interactions.CountAsync(i => i.CustomerId == customer)
        + await db.ServiceOrders.CountAsync(o => o.CustomerId == customer)
        + await db.Complaints.CountAsync(c => c.CustomerId == customer)
        + await db.ComplaintEvents.CountAsync(e => e.Kind != Domain.Complaints.ComplaintEventKind.Filed && db.Complaints.Any(c => c.Id == e.ComplaintId && c.CustomerId == customer))
        + await db.Surveys.CountAsync(s => s.CustomerId == customer);

    /// <summary>The connection holds exactly the records with <paramref name="keys"/>, each pointing back at <paramref name="customer"/>.</summary>
    private static void AssertHolds(JsonElement connection, string type, List<int> keys, string customer)
    {
        var nodes = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(keys.Count, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(keys.Select(k => IdOf(type, k)).Order(StringComparer.Ordinal), nodes.Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(nodes, n => Assert.Equal(customer, n.GetProperty("customer").GetProperty("id").GetString()));
    }
}
