using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmGraph.GraphQL.AspNetCore.Events;

/// <summary>
/// Delivers events to the subscribers of this process only: the bus used when no Redis is configured.
/// Subscribers receive the published instance itself, so events should be immutable.
/// </summary>
public sealed class InProcessEventBus(IOptions<EventBusOptions> options, ILogger<InProcessEventBus> logger) : IEventBus, IDisposable
{
    private readonly TopicSubscribers _subscribers = new(options.Value.SubscriberBufferSize, logger);

    public ValueTask PublishAsync<T>(string topic, T message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        _subscribers.Deliver(topic, _ => message);
        return ValueTask.CompletedTask;
    }

    public IObservable<T> Observe<T>(string topic) => _subscribers.Observe<T>(topic);

    public void Dispose() => _subscribers.Dispose();
}
