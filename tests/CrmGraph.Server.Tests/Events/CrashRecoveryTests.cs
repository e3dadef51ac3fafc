using CrmGraph.Data;
using CrmGraph.Data.Access;
using CrmGraph.Server.Tests.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Events;

/// <summary>
/// The process stops between the commit of a filed complaint and the dispatch of its event: the first instance
/// commits with dispatch after commit off and its relay never due, and is stopped. An instance started on the same
/// database then delivers the notice to a live subscriber and refreshes the customer's risk score and last activity.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task A_complaint_committed_before_a_crash_is_announced_and_scored_after_the_restart()
    {
        await using var restarted = new RunningServer();
        var crashing = new RunningServer(restarted.DataFolder);
        await crashing.StartAsync("Development", "--Outbox:DispatchAfterCommit", "false", "--Outbox:RelayInterval", "1.00:00:00");
        var before = DateTimeOffset.UtcNow;
        JsonElement filed;
        using (var client = GraphQLClient.For(crashing.BaseAddress, await PartnerTokenAsync(crashing)))
        {
            filed = await FiledAsync(client, await CustomerIdAsync(client), "HIGH");
        }

        var key = KeyOf(filed);
        var customerId = await InDatabaseAsync(crashing, db => db.Complaints.Where(c => c.Id == key).Select(c => c.CustomerId).SingleAsync());
        Assert.True(await InDatabaseAsync(crashing, db => db.OutboxMessages.AnyAsync(m => m.AggregateId == key && m.HandledAt == null)));
        Assert.False(await ScoredSinceAsync(crashing, customerId, before));
        await crashing.DisposeAsync();

        await restarted.StartAsync("Development", "--Outbox:RelayInterval", "00:00:06");
        var announced = await InDatabaseAsync(restarted, db => db.Complaints.Where(c => c.CustomerId == customerId && c.Id != key).Select(c => c.Id).FirstAsync());
        await using var feed = await ComplaintFeed.ListeningAsync(restarted.BaseAddress, restarted.Services, await PartnerTokenAsync(restarted), "complaintFiled", announced);

        var heard = await feed.NextAsync();

        Assert.Equal(key, KeyOf(heard));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!await ScoredSinceAsync(restarted, customerId, before) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(await ScoredSinceAsync(restarted, customerId, before));
        var receivedAt = await InDatabaseAsync(restarted, db => db.Complaints.Where(c => c.Id == key).Select(c => c.ReceivedAt).SingleAsync());
        Assert.Equal(receivedAt, await InDatabaseAsync(restarted, db => db.Customers.Where(c => c.Id == customerId).Select(c => c.LastActivityAt).SingleAsync()));
    }

    private static async Task<string> PartnerTokenAsync(RunningServer server)
    {
        var token = await new OAuthClient(server.BaseAddress).ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read crm.write complaints.subscribe");
        Assert.True(token.Error is null, $"Token request failed: {token.Body}");
        return token.AccessToken;
    }

    private static Task<bool> ScoredSinceAsync(RunningServer server, int customerId, DateTimeOffset since) =>
        InDatabaseAsync(server, db => db.Customers.AnyAsync(c => c.Id == customerId && c.RiskScoredAt >= since));

    /// <summary>Reads the shared database through a running instance.</summary>
    private static async Task<T> InDatabaseAsync<T>(RunningServer server, Func<CrmDbContext, Task<T>> work)
    {
        await using var scope = server.Services.CreateServerWorkScope();
        return await work(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }
}
