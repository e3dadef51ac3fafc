using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.Events;

/// <summary>
/// One subscriber's events on their way to its observer: a bounded buffer that drops its oldest event when full,
/// drained by a loop of its own, so that neither the publisher nor other subscribers ever wait for this observer.
/// </summary>
internal sealed class BufferedSubscription<T> : ITopicSubscription, IDisposable
{
    private readonly IObserver<T> _observer;
    private readonly int _capacity;
    private readonly ILogger _logger;
    private readonly Action<ITopicSubscription> _onDispose;
    private readonly Channel<T> _buffer;
    private long _dropped;
    private int _disposed;

    public BufferedSubscription(string topic, IObserver<T> observer, int capacity, ILogger logger, Action<ITopicSubscription> onDispose)
    {
        Topic = topic;
        _observer = observer;
        _capacity = capacity;
        _logger = logger;
        _onDispose = onDispose;
        _buffer = Channel.CreateBounded<T>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            OnDropped);
    }

    public string Topic { get; }

    public Type MessageType => typeof(T);

    private bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Starts the delivery loop; called once the subscription is registered.</summary>
    public void Start() => _ = Task.Run(DeliverAsync);

    public void Offer(object message) => _buffer.Writer.TryWrite((T)message);

    public void Complete() => _buffer.Writer.TryComplete();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _onDispose(this);
        _buffer.Writer.TryComplete();
        // Release the buffered events now, not when the last reference to this subscription goes away.
        while (_buffer.Reader.TryRead(out _))
        {
        }

        var dropped = Interlocked.Read(ref _dropped);
        if (dropped > 0)
        {
            EventBusLog.SubscriberDropped(_logger, Topic, dropped);
        }
    }

    private async Task DeliverAsync()
    {
        while (!IsDisposed && await _buffer.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (!IsDisposed && _buffer.Reader.TryRead(out var message))
            {
                Notify(observer => observer.OnNext(message));
            }
        }

        // A disposed subscription hears nothing more; a completed one (the bus shut down) hears that it is over.
        if (!IsDisposed)
        {
            Notify(observer => observer.OnCompleted());
        }
    }

    private void Notify(Action<IObserver<T>> call)
    {
        try
        {
            call(_observer);
        }
        catch (Exception exception)
        {
            // Nothing above this loop could handle it; the observer's own failure stays its own.
            EventBusLog.ObserverFailed(_logger, exception, Topic);
        }
    }

    private void OnDropped(T message)
    {
        if (Interlocked.Increment(ref _dropped) == 1)
        {
            EventBusLog.SubscriberOverflowing(_logger, Topic, _capacity);
        }
    }
}
