namespace CrmGraph.Server.Tests.Subscriptions;

/// <summary>
/// Two server instances on one database without Redis: each one's in-process bus reaches its own subscribers only,
/// which shows that it is the backplane that carries a complaint from one instance to the other.
/// </summary>
public sealed class InProcessBusTests(InProcessServerPair servers) : IClassFixture<InProcessServerPair>
{
    [Fact]
    public async Task A_complaint_filed_on_one_instance_is_not_heard_on_the_other()
    {
        var (_, onSecond, heard) = await CrossInstanceFiling.FileOnEachAndListenOnSecondAsync(servers, heardCount: 1);

        // Had the first instance's complaint crossed over, it would have been heard before the second's.
        Assert.Equal([onSecond], heard);
    }
}
