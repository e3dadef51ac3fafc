using CrmGraph.GraphQL.AspNetCore.Events;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Events;

/// <summary>
/// Two or more hosts, each with its own connection to one real redis-server, stand for server instances.
/// Each test uses topics of its own, so tests may share the server.
/// </summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisEventBusTests(RedisServer redis)
{
    [Fact]
    public async Task An_event_published_on_one_instance_reaches_every_subscriber_on_every_instance_exactly_once()
    {
        var topic = NewTopic();
        await using var first = await EventBusHost.StartAsync(redis);
        await using var second = await EventBusHost.StartAsync(redis);
        var observers = new[] { new RecordingObserver<int>(), new RecordingObserver<int>(), new RecordingObserver<int>() };
        using var onFirst = first.Bus.Observe<int>(topic).Subscribe(observers[0]);
        using var onSecond = second.Bus.Observe<int>(topic).Subscribe(observers[1]);
        using var alsoOnSecond = second.Bus.Observe<int>(topic).Subscribe(observers[2]);

        // Each publish is acknowledged by Redis before the next, so Redis sends them on in this order; a copy handed
        // to a publisher's own subscribers besides the one from Redis would show up among the first three.
        await first.Bus.PublishAsync(topic, 1);
        await second.Bus.PublishAsync(topic, 2);
        await first.Bus.PublishAsync(topic, 3);

        foreach (var observer in observers)
        {
            Assert.Equal([1, 2, 3], await observer.TakeAsync(3));
            Assert.False(observer.HasMore);
        }
    }

    [Fact]
    public async Task A_typed_payload_arrives_equal_to_what_was_published()
    {
        var topic = NewTopic();
        await using var first = await EventBusHost.StartAsync(redis);
        await using var second = await EventBusHost.StartAsync(redis);
        var observer = new RecordingObserver<SamplePayload>();
        using var subscription = second.Bus.Observe<SamplePayload>(topic).Subscribe(observer);
        var sent = new SamplePayload(Guid.NewGuid(), "Ekström & Co", 1234.56m, new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)), SampleKind.Resolved, new SampleLine(3, null));

        await first.Bus.PublishAsync(topic, sent);

        Assert.Equal(sent, await observer.NextAsync());
    }

    [Fact]
    public async Task Topics_are_kept_apart()
    {
        var (red, blue) = (NewTopic(), NewTopic());
        await using var first = await EventBusHost.StartAsync(redis);
        await using var second = await EventBusHost.StartAsync(redis);
        var redObserver = new RecordingObserver<string>();
        var blueObserver = new RecordingObserver<string>();
        using var redSubscription = second.Bus.Observe<string>(red).Subscribe(redObserver);
        using var blueSubscription = second.Bus.Observe<string>(blue).Subscribe(blueObserver);

        await first.Bus.PublishAsync(red, "red 1");
        await first.Bus.PublishAsync(blue, "blue 1");
        await first.Bus.PublishAsync(red, "red 2");
        await first.Bus.PublishAsync(blue, "blue 2");

        Assert.Equal(["red 1", "red 2"], await redObserver.TakeAsync(2));
        Assert.Equal(["blue 1", "blue 2"], await blueObserver.TakeAsync(2));
    }

    [Fact]
    public async Task Deployments_with_other_channel_prefixes_do_not_hear_each_other_even_when_a_prefix_looks_like_a_pattern()
    {
        var topic = NewTopic();
        // Taken as a Redis pattern, "deploy?:" would match the channels of "deploy1:".
        await using var patterned = await EventBusHost.StartAsync(redis, "deploy?:");
        await using var plain = await EventBusHost.StartAsync(redis, "deploy1:");
        var observer = new RecordingObserver<string>();
        using var subscription = patterned.Bus.Observe<string>(topic).Subscribe(observer);

        await plain.Bus.PublishAsync(topic, "not for you");
        await patterned.Bus.PublishAsync(topic, "yours");

        Assert.Equal("yours", await observer.NextAsync());
    }

    [Fact]
    public async Task The_bus_answers_a_ping_and_its_connection_is_closed_with_the_host()
    {
        var host = await EventBusHost.StartAsync(redis);
        var bus = host.Services.GetRequiredService<RedisEventBus>();
        var connection = host.Services.GetRequiredService<IConnectionMultiplexer>();

        Assert.Same(bus, host.Bus);
        await bus.PingAsync();
        Assert.True(connection.IsConnected);

        await host.DisposeAsync();
        Assert.False(connection.IsConnected);
    }

    [Fact]
    public async Task A_host_started_while_redis_is_down_starts_and_hears_events_once_redis_is_up()
    {
        var topic = NewTopic();
        var port = RedisServer.FreeLoopbackPort();
        await using var host = await EventBusHost.StartAsync(new Dictionary<string, string?>
        {
            [EventBusServiceCollectionExtensions.RedisConfigurationKey] = $"127.0.0.1:{port}",
        });
        var observer = new RecordingObserver<int>();
        using var subscription = host.Bus.Observe<int>(topic).Subscribe(observer);
        var subscribing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<IConnectionMultiplexer>().ConnectionRestored += (_, restored) =>
        {
            if (restored.ConnectionType == ConnectionType.Subscription)
            {
                subscribing.TrySetResult();
            }
        };

        var late = new RedisServer { Port = port };
        await late.InitializeAsync();
        try
        {
            // The library retries with a growing pause, so the connection may take a while to come up.
            await subscribing.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // The subscription is sent again just after the connection comes up; a publish that beats it is heard
            // by nobody, so publish until one arrives.
            var deadline = DateTime.UtcNow + RecordingObserver<int>.Patience;
            for (var attempt = 1; !observer.HasMore && DateTime.UtcNow < deadline; attempt++)
            {
                await host.Bus.PublishAsync(topic, attempt);
                await observer.WaitForMoreAsync(TimeSpan.FromMilliseconds(250));
            }

            Assert.True(observer.HasMore, "No event arrived after Redis came up.");
        }
        finally
        {
            await late.DisposeAsync();
        }
    }

    private static string NewTopic() => $"topic-{Guid.NewGuid():N}";
}
