using CrmGraph.GraphQL.AspNetCore.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Events;

/// <summary>The in-process bus: ordering, fan-out, per-subscriber buffers, the overflow policy and disposal.</summary>
public sealed class InProcessEventBusTests : IDisposable
{
    private const string Topic = "things";

    private readonly CapturedLogs _logs = new();
    private readonly ILoggerFactory _loggers;
    private readonly List<InProcessEventBus> _buses = [];

    public InProcessEventBusTests() => _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs));

    [Fact]
    public async Task A_subscriber_hears_events_in_the_order_they_were_published()
    {
        var bus = NewBus();
        var observer = new RecordingObserver<int>();
        using var subscription = bus.Observe<int>(Topic).Subscribe(observer);

        await PublishAsync(bus, Topic, Enumerable.Range(1, 500));

        Assert.Equal(Enumerable.Range(1, 500), await observer.TakeAsync(500));
    }

    [Fact]
    public async Task Every_subscriber_of_a_topic_hears_every_event_and_no_other_topic_hears_them()
    {
        var bus = NewBus();
        var observers = Enumerable.Range(0, 25).Select(_ => new RecordingObserver<int>()).ToList();
        var subscriptions = observers.Select(observer => bus.Observe<int>(Topic).Subscribe(observer)).ToList();
        var elsewhere = new RecordingObserver<int>();
        using var other = bus.Observe<int>("other things").Subscribe(elsewhere);

        await PublishAsync(bus, Topic, Enumerable.Range(1, 40));
        await bus.PublishAsync("other things", -1);

        foreach (var observer in observers)
        {
            Assert.Equal(Enumerable.Range(1, 40), await observer.TakeAsync(40));
        }

        Assert.Equal(-1, await elsewhere.NextAsync());
        subscriptions.ForEach(subscription => subscription.Dispose());
    }

    [Fact]
    public async Task A_blocked_subscriber_delays_neither_the_publisher_nor_other_subscribers()
    {
        var bus = NewBus();
        using var release = new ManualResetEventSlim();
        var slow = new RecordingObserver<int>(_ => release.Wait());
        var fast = new RecordingObserver<int>();
        using var slowSubscription = bus.Observe<int>(Topic).Subscribe(slow);
        using var fastSubscription = bus.Observe<int>(Topic).Subscribe(fast);

        var publishes = Enumerable.Range(1, 20).Select(number => bus.PublishAsync(Topic, number)).ToList();

        Assert.All(publishes, publish => Assert.True(publish.IsCompletedSuccessfully));
        Assert.Equal(Enumerable.Range(1, 20), await fast.TakeAsync(20));
        Assert.Equal(1, await slow.NextAsync());
        Assert.False(slow.HasMore);

        release.Set();
        Assert.Equal(Enumerable.Range(2, 19), await slow.TakeAsync(19));
    }

    [Fact]
    public async Task A_full_buffer_drops_the_oldest_undelivered_events_and_logs_it()
    {
        const int Capacity = 4;
        var bus = NewBus(Capacity);
        using var release = new ManualResetEventSlim();
        var observer = new RecordingObserver<int>(number =>
        {
            if (number == 1)
            {
                release.Wait();
            }
        });
        var subscription = bus.Observe<int>(Topic).Subscribe(observer);
        await bus.PublishAsync(Topic, 1);
        Assert.Equal(1, await observer.NextAsync());

        // Event 1 is in the observer's hands; 2 to 11 meet a buffer of 4, which keeps the newest: 8 to 11.
        await PublishAsync(bus, Topic, Enumerable.Range(2, 10));
        release.Set();
        Assert.Equal([8, 9, 10, 11], await observer.TakeAsync(Capacity));
        await bus.PublishAsync(Topic, 12);
        Assert.Equal(12, await observer.NextAsync());
        subscription.Dispose();
        Assert.Contains(_logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("fell 4 events behind", StringComparison.Ordinal));
        Assert.Contains(_logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("missed 6 events", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_observer_that_throws_is_logged_and_keeps_receiving_while_others_are_unaffected()
    {
        var bus = NewBus();
        var broken = new RecordingObserver<int>(_ => throw new InvalidOperationException("observer broke"));
        var healthy = new RecordingObserver<int>();
        using var brokenSubscription = bus.Observe<int>(Topic).Subscribe(broken);
        using var healthySubscription = bus.Observe<int>(Topic).Subscribe(healthy);

        await PublishAsync(bus, Topic, [1, 2, 3]);

        Assert.Equal([1, 2, 3], await healthy.TakeAsync(3));
        Assert.Equal([1, 2, 3], await broken.TakeAsync(3));
        Assert.Contains(_logs.Entries, entry => entry.Level == LogLevel.Error && entry.Exception?.Message == "observer broke");
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more_and_is_not_completed()
    {
        var bus = NewBus();
        var leaving = new RecordingObserver<int>();
        var staying = new RecordingObserver<int>();
        var leavingSubscription = bus.Observe<int>(Topic).Subscribe(leaving);
        using var stayingSubscription = bus.Observe<int>(Topic).Subscribe(staying);
        await bus.PublishAsync(Topic, 1);
        Assert.Equal(1, await leaving.NextAsync());

        leavingSubscription.Dispose();
        await bus.PublishAsync(Topic, 2);

        Assert.Equal([1, 2], await staying.TakeAsync(2));
        Assert.False(leaving.HasMore);
        Assert.False(leaving.IsCompleted);
    }

    [Fact]
    public async Task Disposing_a_busy_subscription_discards_what_it_had_buffered()
    {
        var bus = NewBus();
        using var release = new ManualResetEventSlim();
        using var returned = new SemaphoreSlim(0);
        var observer = new RecordingObserver<int>(_ =>
        {
            release.Wait();
            returned.Release();
        });
        var subscription = bus.Observe<int>(Topic).Subscribe(observer);
        await PublishAsync(bus, Topic, [1, 2, 3]);
        Assert.Equal(1, await observer.NextAsync());

        subscription.Dispose();
        release.Set();

        // A wrongly delivered event 2 would follow within moments of the observer's return; waiting can only miss a bug.
        Assert.True(await returned.WaitAsync(RecordingObserver<int>.Patience));
        Assert.False(await returned.WaitAsync(TimeSpan.FromMilliseconds(200)));
        Assert.False(observer.HasMore);
    }

    [Fact]
    public async Task Disposing_the_bus_delivers_what_is_buffered_then_completes_each_subscription()
    {
        var bus = NewBus();
        using var release = new ManualResetEventSlim();
        var observer = new RecordingObserver<int>(_ => release.Wait());
        using var subscription = bus.Observe<int>(Topic).Subscribe(observer);
        await PublishAsync(bus, Topic, [1, 2, 3]);
        Assert.Equal(1, await observer.NextAsync());

        bus.Dispose();
        release.Set();

        Assert.Equal([2, 3], await observer.TakeAsync(2));
        await observer.WhenCompletedAsync();
        Assert.Throws<ObjectDisposedException>(() => bus.Observe<int>(Topic).Subscribe(new RecordingObserver<int>()));
    }

    [Fact]
    public async Task A_subscriber_observing_another_type_misses_the_event_and_it_is_logged()
    {
        var bus = NewBus();
        var numbers = new RecordingObserver<int>();
        var texts = new RecordingObserver<string>();
        using var numberSubscription = bus.Observe<int>(Topic).Subscribe(numbers);
        using var textSubscription = bus.Observe<string>(Topic).Subscribe(texts);

        await bus.PublishAsync(Topic, "text");
        await bus.PublishAsync(Topic, 7);

        Assert.Equal("text", await texts.NextAsync());
        Assert.Equal(7, await numbers.NextAsync());
        Assert.False(texts.HasMore);
        Assert.Equal(2, _logs.Entries.Count(entry => entry.Message.Contains("could not be read", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        _buses.ForEach(bus => bus.Dispose());
        _loggers.Dispose();
    }

    private static async Task PublishAsync<T>(IEventBus bus, string topic, IEnumerable<T> messages)
    {
        foreach (var message in messages)
        {
            await bus.PublishAsync(topic, message);
        }
    }

    private InProcessEventBus NewBus(int bufferSize = 1000)
    {
        var bus = new InProcessEventBus(
            Options.Create(new EventBusOptions { SubscriberBufferSize = bufferSize }),
            _loggers.CreateLogger<InProcessEventBus>());
        _buses.Add(bus);
        return bus;
    }
}
