using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A client that stops reading is closed with 1013 once its queue is full; publishers and other clients never wait for it.</summary>
[Collection(WebSocketHost.Collection)]
public sealed class SlowSubscriberTests(WebSocketHost host)
{
    /// <summary>Large events fill the socket's buffers after a few megabytes, so the queue fills soon after.</summary>
    private static readonly string LargeText = new('x', 128 * 1024);

    [Fact]
    public async Task A_client_that_stops_reading_is_closed_with_1013_while_a_reading_client_gets_every_event()
    {
        var topic = TestProbe.NewRun();
        await using var slow = await GraphQLSocket.ConnectAndInitAsync(host);
        await using var fast = await GraphQLSocket.ConnectAndInitAsync(host);
        await slow.SubscribeAsync("slow", Subscriptions.Events, new { topic });
        await fast.SubscribeAsync("fast", Subscriptions.Events, new { topic });
        await host.Feed.WaitForSubscribersAsync(topic, 2);

        // Publish (which would hang if it waited for the slow socket) until the server gives up on the slow client.
        var published = 0;
        while (host.Feed.Subscribers(topic) == 2)
        {
            Assert.True(published < 2000, "The slow client was never closed.");
            host.Feed.Publish(topic, new TestEvent(++published, LargeText));
            Assert.Equal(published, (await fast.ExpectAsync("next", "fast")).Sequence());
        }

        host.Feed.Publish(topic, new TestEvent(++published, "still flowing"));
        Assert.Equal(published, (await fast.ExpectAsync("next", "fast")).Sequence());

        var (received, close) = await slow.DrainUntilCloseAsync();
        Assert.Equal(1013, close.CloseCode);
        Assert.Equal("Subscriber too slow", close.CloseReason);
        Assert.InRange(received, 0, published - WebSocketHost.MaxPendingMessages);
        Assert.Contains(host.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("behind", StringComparison.Ordinal));
    }
}
