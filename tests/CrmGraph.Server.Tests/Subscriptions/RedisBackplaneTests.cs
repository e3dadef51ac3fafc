namespace CrmGraph.Server.Tests.Subscriptions;

/// <summary>
/// Two server instances on one database with the Redis backplane: a subscriber on the second hears a complaint
/// filed through the first one's HTTP endpoint. The redis-server is real; where it is missing these tests fail.
/// </summary>
public sealed class RedisBackplaneTests(RedisServerPair servers) : IClassFixture<RedisServerPair>
{
    [Fact]
    public async Task A_complaint_filed_on_one_instance_is_heard_once_on_the_other()
    {
        var (onFirst, onSecond, heard) = await CrossInstanceFiling.FileOnEachAndListenOnSecondAsync(servers, heardCount: 2);

        // Each instance announces its own filings after they commit, so the two may arrive in either order; each arrives once.
        Assert.Equal(new[] { onFirst, onSecond }.Order(), heard.Order());
    }
}
