namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>Stopping the host closes every open socket with 1001 and stops their subscriptions.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_host_closes_every_socket_with_1001()
    {
        var topic = TestProbe.NewRun();
        await using var host = await CustomHost.StartAsync(_ => { });
        await using var subscribed = await GraphQLSocket.ConnectAndInitAsync(host);
        await using var idle = await GraphQLSocket.ConnectAsync(host);
        await subscribed.SubscribeAsync("s1", Subscriptions.Events, new { topic });
        await host.Feed.WaitForSubscribersAsync(topic, 1);

        var stopping = host.DisposeAsync();

        await subscribed.ExpectCloseAsync(1001, "Server shutting down");
        await idle.ExpectCloseAsync(1001, "Server shutting down");
        await stopping;
        Assert.Equal(0, host.Feed.Subscribers(topic));
    }
}
