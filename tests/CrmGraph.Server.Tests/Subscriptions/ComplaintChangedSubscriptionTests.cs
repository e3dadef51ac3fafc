using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Common;
using CrmGraph.GraphQL.Staff;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Subscriptions;

/// <summary><c>complaintChanged(id)</c>: every change to that complaint, and nothing about any other.</summary>
[Collection(ServerCollection.Name)]
public sealed class ComplaintChangedSubscriptionTests(CrmServerFixture server)
{
    [Fact]
    public async Task Changes_to_the_watched_complaint_are_heard_and_changes_to_another_are_not()
    {
        var customerId = await CustomerIdAsync(server.Client);
        var watched = await FiledAsync(server.Client, customerId);
        var other = await FiledAsync(server.Client, customerId);
        var watchedId = watched.GetProperty("id").GetString();
        var otherId = other.GetProperty("id").GetString();
        var agent = await AgentIdAsync();
        await using var feed = await ComplaintFeed.ListeningAsync(
            server.BaseAddress, server.Services, server.Client.AccessToken!, $"complaintChanged(id: \"{watchedId}\")", KeyOf(watched));

        // Each change to the other complaint goes first: had it passed, it would be heard before the watched one's.
        await ChangeAsync(server.Client, "acknowledgeComplaint", "AcknowledgeComplaintInput", new { id = otherId });
        await ChangeAsync(server.Client, "acknowledgeComplaint", "AcknowledgeComplaintInput", new { id = watchedId });
        var acknowledged = await HeardAsync(feed, watchedId, c => c.GetProperty("status").GetString() == "ACKNOWLEDGED");

        await ChangeAsync(server.Client, "assignComplaint", "AssignComplaintInput", new { id = otherId, assigneeId = agent });
        await ChangeAsync(server.Client, "assignComplaint", "AssignComplaintInput", new { id = watchedId, assigneeId = agent });
        var assigned = await HeardAsync(feed, watchedId, c => c.GetProperty("assignee").ValueKind == JsonValueKind.Object);

        Assert.Equal(JsonValueKind.Null, acknowledged.GetProperty("assignee").ValueKind);
        Assert.Equal(agent, assigned.GetProperty("assignee").GetProperty("id").GetString());
        Assert.Equal("ACKNOWLEDGED", assigned.GetProperty("status").GetString());
    }

    /// <summary>
    /// Reads the feed until it passes on the watched complaint in the state <paramref name="expected"/> describes,
    /// insisting that everything it passes on meanwhile is the watched complaint. An event is resolved when it is
    /// delivered, so a late repeat of the feed's announcement may already show the state a test's change brought.
    /// </summary>
    private static async Task<JsonElement> HeardAsync(ComplaintFeed feed, string? watchedId, Func<JsonElement, bool> expected)
    {
        while (true)
        {
            var heard = await feed.NextAsync();
            Assert.Equal(watchedId, heard.GetProperty("id").GetString());
            if (expected(heard))
            {
                return heard;
            }
        }
    }

    private async Task<string> AgentIdAsync()
    {
        var key = await server.InDatabaseAsync(db => db.StaffMembers.Where(s => s.Active && s.Role == StaffRole.Agent).Select(s => s.Id).FirstAsync());
        return GlobalId.Encode(StaffMemberType.TypeName, key);
    }
}
