using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Subscriptions;

/// <summary><c>complaintSlaBreached</c>: each broken promise is heard once, when the SLA monitor finds it.</summary>
[Collection(ServerCollection.Name)]
public sealed class ComplaintSlaBreachedSubscriptionTests(CrmServerFixture server)
{
    [Fact]
    public async Task A_breach_found_by_the_sla_scan_is_heard_once()
    {
        var customerId = await CustomerIdAsync(server.Client, "STANDARD");
        var announced = await FiledAsync(server.Client, customerId, "HIGH");
        var complaint = await FiledAsync(server.Client, customerId, "HIGH");
        var key = KeyOf(complaint);
        await using var feed = await ComplaintFeed.ListeningAsync(
            server.BaseAddress, server.Services, server.Client.AccessToken!, "complaintSlaBreached", KeyOf(announced));

        Assert.Contains(await ScanAsync(server.Services, FirstResponseLate(complaint)), id => id == key);
        var (breached, _) = await HeardUntilAsync(feed, key);

        // A later scan finds the next complaint's breach but must not announce this one again; an event is resolved
        // when it is delivered, so the first one is read before anything else changes.
        var later = await FiledAsync(server.Client, customerId, "HIGH");
        Assert.True(FirstResponseLate(later) < complaint.GetProperty("resolutionDueAt").GetDateTimeOffset());
        var scannedAgain = await ScanAsync(server.Services, FirstResponseLate(later));
        var (_, heardMeanwhile) = await HeardUntilAsync(feed, KeyOf(later));

        Assert.True(breached.GetProperty("firstResponseBreached").GetBoolean());
        Assert.Equal(JsonValueKind.Null, breached.GetProperty("resolutionBreached").ValueKind);
        Assert.DoesNotContain(scannedAgain, id => id == key);
        Assert.DoesNotContain(key, heardMeanwhile);
    }

    private static DateTimeOffset FirstResponseLate(JsonElement complaint) =>
        complaint.GetProperty("firstResponseDueAt").GetDateTimeOffset().AddMinutes(1);

    /// <summary>Reads the feed until it passes on the complaint <paramref name="key"/>; returns it and the keys of the complaints heard before it.</summary>
    private static async Task<(JsonElement Heard, IReadOnlyList<int> Before)> HeardUntilAsync(ComplaintFeed feed, int key)
    {
        var before = new List<int>();
        while (true)
        {
            var heard = await feed.NextAsync();
            if (KeyOf(heard) == key)
            {
                return (heard, before);
            }

            before.Add(KeyOf(heard));
        }
    }
}
