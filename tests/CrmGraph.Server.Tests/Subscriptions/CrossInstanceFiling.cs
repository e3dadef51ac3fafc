using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Subscriptions;

/// <summary>What the tests of two server instances do: listen on the second, file on both.</summary>
internal static class CrossInstanceFiling
{
    /// <summary>
    /// Opens a partner's complaint feed on the second instance, files one complaint through each instance's HTTP
    /// endpoint, the first instance's first, and returns their keys with the first <paramref name="heardCount"/> complaints heard.
    /// </summary>
    public static async Task<(int OnFirst, int OnSecond, IReadOnlyList<int> Heard)> FileOnEachAndListenOnSecondAsync(ServerPair servers, int heardCount)
    {
        var token = await servers.PartnerTokenAsync("partner-north");
        using var first = GraphQLClient.For(servers.First.BaseAddress, token);
        using var second = GraphQLClient.For(servers.Second.BaseAddress, token);
        var customerId = await CustomerIdAsync(first);
        await using var feed = await ComplaintFeed.ListeningAsync(
            servers.Second.BaseAddress, servers.Second.Services, token, "complaintFiled", KeyOf(await FiledAsync(second, customerId)));

        var onFirst = KeyOf(await FiledAsync(first, customerId));
        var onSecond = KeyOf(await FiledAsync(second, customerId));

        var heard = new List<int>();
        while (heard.Count < heardCount)
        {
            heard.Add(KeyOf(await feed.NextAsync()));
        }

        return (onFirst, onSecond, heard);
    }
}
