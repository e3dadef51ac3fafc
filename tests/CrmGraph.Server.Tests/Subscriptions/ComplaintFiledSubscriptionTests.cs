using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Subscriptions;

/// <summary><c>complaintFiled</c> over a real WebSocket: a complaint filed over HTTP reaches the subscriber.</summary>
[Collection(ServerCollection.Name)]
public sealed class ComplaintFiledSubscriptionTests(CrmServerFixture server)
{
    [Fact]
    public async Task Staff_hear_a_filed_complaint_with_its_nested_data()
    {
        var customerId = await CustomerIdAsync(server.Client);
        var customerKey = KeyOf(customerId);
        var customerName = await server.InDatabaseAsync(db => db.Customers.Where(c => c.Id == customerKey).Select(c => c.Name).SingleAsync());
        await using var feed = await ListeningAsync("complaintFiled", await FiledAsync(server.Client, customerId, "LOW"));

        var filed = await FiledAsync(server.Client, customerId, "HIGH");

        var heard = await feed.NextAsync();
        Assert.Equal(filed.GetProperty("id").GetString(), heard.GetProperty("id").GetString());
        Assert.Equal(filed.GetProperty("number").GetString(), heard.GetProperty("number").GetString());
        Assert.Equal("HIGH", heard.GetProperty("severity").GetString());
        Assert.Equal("RECEIVED", heard.GetProperty("status").GetString());
        Assert.Equal(customerId, heard.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal(customerName, heard.GetProperty("customer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_subscriber_of_high_severity_hears_a_critical_complaint_but_not_a_low_one()
    {
        var customerId = await CustomerIdAsync(server.Client);
        await using var feed = await ListeningAsync("complaintFiled(minSeverity: HIGH)", await FiledAsync(server.Client, customerId, "HIGH"));

        var low = await FiledAsync(server.Client, customerId, "LOW");
        var critical = await FiledAsync(server.Client, customerId, "CRITICAL");

        // Notices reach a subscriber in the order they were published: had the low one passed, it would come first.
        var heard = await feed.NextAsync();
        Assert.Equal(KeyOf(critical), KeyOf(heard));
        Assert.NotEqual(KeyOf(low), KeyOf(heard));
    }

    private Task<ComplaintFeed> ListeningAsync(string subscription, JsonElement announced) =>
        ComplaintFeed.ListeningAsync(server.BaseAddress, server.Services, server.Client.AccessToken!, subscription, KeyOf(announced));
}
