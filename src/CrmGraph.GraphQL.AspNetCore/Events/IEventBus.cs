namespace CrmGraph.GraphQL.AspNetCore.Events;

/// <summary>Carries events on named topics from publishers to any number of subscribers.</summary>
/// <remarks>
/// <para>
/// Every subscription has a buffer of its own holding up to <see cref="EventBusOptions.SubscriberBufferSize"/>
/// undelivered events, drained by a loop of its own that calls <see cref="IObserver{T}.OnNext"/> one event at a time.
/// Publishing therefore never waits for a subscriber, and a slow or throwing observer delays nobody but itself.
/// </para>
/// <para>
/// Overflow: when a subscriber's buffer is full, the oldest event it has not yet received is dropped to make room,
/// because a live view wants the newest events. The first drop of a subscription is logged as a warning, and the
/// total when the subscription ends.
/// </para>
/// <para>
/// An observer that throws is logged and goes on receiving later events. Disposing a subscription stops delivery
/// (a call already under way completes) and releases its buffer; disposing the bus delivers what each buffer
/// holds and then completes every subscription. Events published before a subscription began are not replayed.
/// </para>
/// </remarks>
public interface IEventBus
{
    /// <summary>Publishes <paramref name="message"/> to every subscriber of <paramref name="topic"/>.</summary>
    ValueTask PublishAsync<T>(string topic, T message, CancellationToken cancellationToken = default);

    /// <summary>The events published to <paramref name="topic"/> from the moment of subscribing, read as <typeparamref name="T"/>.</summary>
    IObservable<T> Observe<T>(string topic);
}
