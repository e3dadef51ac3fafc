using System.Globalization;
using CrmGraph.Server.Tests.Complaints;

namespace CrmGraph.Server.Tests.Churn;

/// <summary>Loyalty points from orders and the tiers they reach, with the default program (a point per whole unit; Silver 300, Vip 1,500).</summary>
[Collection(ServerCollection.Name)]
public sealed class LoyaltyTests(CrmServerFixture server)
{
    [Fact]
    public async Task An_order_earns_a_point_per_whole_unit_and_a_tier_change_shows_on_the_timeline()
    {
        var id = await ChurnApi.CreateCustomerAsync(server.Client, "Summit Dental GmbH");

        var small = await ChurnApi.OrderAsync(server.Client, id, "SUPP-MONTH");
        var smallPoints = (int)Math.Floor(ChurnApi.Amount(small.GetProperty("total")));
        Assert.Equal(("STANDARD", smallPoints), Standing(small));
        Assert.DoesNotContain(await ChurnApi.TimelineAsync(server.Client, id), e => e.GetProperty("kind").GetString() == "TIER_CHANGE");

        var large = await ChurnApi.OrderAsync(server.Client, id, "INST-PRO");
        var points = smallPoints + (int)Math.Floor(ChurnApi.Amount(large.GetProperty("total")));
        Assert.InRange(points, 300, 799);
        Assert.Equal(("SILVER", points), Standing(large));

        var change = Assert.Single(await ChurnApi.TimelineAsync(server.Client, id), e => e.GetProperty("kind").GetString() == "TIER_CHANGE");
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Loyalty tier Standard → Silver at {points} points"), change.GetProperty("summary").GetString());
        Assert.Equal(large.GetProperty("orderedAt").GetDateTimeOffset(), change.GetProperty("at").GetDateTimeOffset());
        var subject = change.GetProperty("subject");
        Assert.Equal(("TIER_CHANGED", "STANDARD", "SILVER", points), (
            subject.GetProperty("kind").GetString(),
            subject.GetProperty("fromTier").GetString(),
            subject.GetProperty("toTier").GetString(),
            subject.GetProperty("loyaltyPoints").GetInt32()));
    }

    [Fact]
    public async Task An_order_that_makes_a_customer_vip_makes_its_next_complaint_promises_stricter()
    {
        var id = await ChurnApi.CreateCustomerAsync(server.Client, "Pioneer Logistics AG");
        var before = await ComplaintApi.FiledAsync(server.Client, id, "HIGH");
        Assert.Equal((TimeSpan.FromHours(4), TimeSpan.FromHours(24)), Promises(before));

        var order = await ChurnApi.OrderAsync(server.Client, id, "INST-PRO", quantity: 6);
        Assert.Equal("VIP", order.GetProperty("customer").GetProperty("loyaltyTier").GetString());

        var after = await ComplaintApi.FiledAsync(server.Client, id, "HIGH");
        Assert.Equal((TimeSpan.FromHours(2), TimeSpan.FromHours(12)), Promises(after));
    }

    private static (string?, int) Standing(JsonElement order)
    {
        var customer = order.GetProperty("customer");
        return (customer.GetProperty("loyaltyTier").GetString(), customer.GetProperty("loyaltyPoints").GetInt32());
    }

    /// <summary>How long after receipt the first response and the resolution are due.</summary>
    private static (TimeSpan, TimeSpan) Promises(JsonElement complaint)
    {
        var received = complaint.GetProperty("receivedAt").GetDateTimeOffset();
        return (complaint.GetProperty("firstResponseDueAt").GetDateTimeOffset() - received, complaint.GetProperty("resolutionDueAt").GetDateTimeOffset() - received);
    }
}
