using CrmGraph.Domain.Customers;
using CrmGraph.Server.Tests.Complaints;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Customers.CustomerQueryTests;

namespace CrmGraph.Server.Tests.Churn;

[Collection(ServerCollection.Name)]
public sealed class MarkCustomerChurnedTests(CrmServerFixture server)
{
    [Fact]
    public async Task A_churned_customer_who_orders_again_is_won_back_with_both_changes_on_the_timeline()
    {
        var id = await ChurnApi.CreateCustomerAsync(server.Client, "Riverside Bakery Ltd");
        await ChurnApi.OrderAsync(server.Client, id, "INSP-SAFETY");

        var churned = await ChurnApi.MarkChurnedAsync(server.Client, new { customerId = id, cause = "COMPETITOR", note = "Signed with a rival's maintenance plan." });
        Assert.Equal(0, churned.GetProperty("errors").GetArrayLength());
        var customer = churned.GetProperty("customer");
        Assert.Equal(("CHURNED", "COMPETITOR"), (customer.GetProperty("status").GetString(), customer.GetProperty("churnCause").GetString()));
        var churnedAt = customer.GetProperty("churnedAt").GetDateTimeOffset();

        var top = (await ChurnApi.TimelineAsync(server.Client, id, first: 1))[0];
        Assert.Equal("STATUS_CHANGE", top.GetProperty("kind").GetString());
        Assert.Equal("Churned (Competitor): Signed with a rival's maintenance plan.", top.GetProperty("summary").GetString());
        Assert.Equal(churnedAt, top.GetProperty("at").GetDateTimeOffset());
        Assert.False(await RankedAsync(id));

        var order = await ChurnApi.OrderAsync(server.Client, id, "INSP-SAFETY");
        Assert.Equal("WON_BACK", order.GetProperty("customer").GetProperty("status").GetString());

        // The win-back and the order that brought it happen at the same instant; the newer entry kind comes first.
        var timeline = await ChurnApi.TimelineAsync(server.Client, id, first: 2);
        Assert.Equal(["STATUS_CHANGE", "SERVICE_ORDER"], timeline.Select(e => e.GetProperty("kind").GetString()));
        var wonBack = timeline[0];
        Assert.Equal(order.GetProperty("orderedAt").GetDateTimeOffset(), wonBack.GetProperty("at").GetDateTimeOffset());
        var subject = wonBack.GetProperty("subject");
        Assert.Equal(
            ("CustomerEvent", "WON_BACK", "CHURNED", "WON_BACK", "COMPETITOR"),
            (subject.GetProperty("__typename").GetString(), subject.GetProperty("kind").GetString(), subject.GetProperty("fromStatus").GetString(),
             subject.GetProperty("toStatus").GetString(), subject.GetProperty("churnCause").GetString()));
        Assert.Equal("Won back: Churned → WonBack", wonBack.GetProperty("summary").GetString());
        Assert.True(await RankedAsync(id));

        var key = ComplaintApi.KeyOf(id);
        var events = await server.InDatabaseAsync(db => db.CustomerEvents.Where(e => e.CustomerId == key).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([CustomerEventKind.Churned, CustomerEventKind.WonBack], events);
    }

    [Fact]
    public async Task Marking_a_churned_customer_churned_again_is_an_invalid_transition_that_changes_nothing()
    {
        var id = await ChurnApi.CreateCustomerAsync(server.Client, "Orchard Foods Oy");
        await ChurnApi.OrderAsync(server.Client, id, "INSP-SAFETY");
        var first = await ChurnApi.MarkChurnedAsync(server.Client, new { customerId = id, cause = "SERVICE" });
        var version = first.GetProperty("customer").GetProperty("version").GetInt32();

        var second = await ChurnApi.MarkChurnedAsync(server.Client, new { customerId = id, cause = "PRODUCT", note = "Twice?" });

        Assert.Equal(JsonValueKind.Null, second.GetProperty("customer").ValueKind);
        Assert.Equal(["InvalidTransitionError"], ComplaintApi.ErrorTypes(second));
        var stored = await server.InDatabaseAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == ComplaintApi.KeyOf(id)));
        Assert.Equal((CustomerStatus.Churned, ChurnCause.Service, version), (stored.Status, stored.ChurnCause!.Value, stored.Version));
        Assert.Equal(1, await server.InDatabaseAsync(db => db.CustomerEvents.CountAsync(e => e.CustomerId == stored.Id)));
    }

    [Fact]
    public async Task A_prospect_a_stale_version_and_an_unknown_customer_are_refused()
    {
        var prospect = await ChurnApi.CreateCustomerAsync(server.Client, "Maple Studios AG");
        Assert.Equal(["InvalidTransitionError"], ComplaintApi.ErrorTypes(await ChurnApi.MarkChurnedAsync(server.Client, new { customerId = prospect, cause = "OTHER" })));

        await ChurnApi.OrderAsync(server.Client, prospect, "INSP-SAFETY");
        var stale = await ChurnApi.MarkChurnedAsync(server.Client, new { customerId = prospect, cause = "OTHER", version = 0 });
        Assert.Equal(["ConcurrencyConflictError"], ComplaintApi.ErrorTypes(stale));

        var unknown = await ChurnApi.MarkChurnedAsync(server.Client, new { customerId = IdOf("Customer", 888_888), cause = "OTHER" });
        Assert.Equal(["NotFoundError"], ComplaintApi.ErrorTypes(unknown));
    }

    [Fact]
    public async Task A_partner_may_mark_its_own_customer_churned_but_not_another_partners()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        using var south = await server.PartnerClientAsync("partner-south");
        var id = await ChurnApi.CreateCustomerAsync(north, "Cedar Hotels S.A.");
        await ChurnApi.OrderAsync(north, id, "INST-STD");

        var bySouth = await ChurnApi.MarkChurnedAsync(south, new { customerId = id, cause = "IMAGE" });
        Assert.Equal(["NotFoundError"], ComplaintApi.ErrorTypes(bySouth));

        var byNorth = await ChurnApi.MarkChurnedAsync(north, new { customerId = id, cause = "CUSTOMER_SIDE", note = "Closed the hotel." });
        Assert.Equal("CHURNED", byNorth.GetProperty("customer").GetProperty("status").GetString());
        var top = (await ChurnApi.TimelineAsync(north, id, first: 1))[0];
        Assert.Equal(JsonValueKind.Null, top.GetProperty("staffMember").ValueKind);
    }

    /// <summary>Whether atRiskCustomers lists the customer, among those at or above its stored score.</summary>
    private async Task<bool> RankedAsync(string id)
    {
        var riskScore = (await server.Client.DataAsync("query($id: ID!) { customer(id: $id) { riskScore } }", new { id })).GetProperty("customer").GetProperty("riskScore").GetDecimal();
        var (_, nodes) = await ChurnApi.RankingAsync(server.Client, riskScore);
        return nodes.Any(n => n.GetProperty("id").GetString() == id);
    }
}
