namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>An event of the test schema's subscription, published by a test.</summary>
public sealed record TestEvent(int Sequence, string Text);

/// <summary>
/// The source of the test schema's subscription: tests publish, complete or fail a topic, and see how many
/// subscribers it has (the server's subscriptions come and go as sockets subscribe and stop).
/// </summary>
public sealed class EventFeed
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<IObserver<TestEvent>>> _subscribers = new(StringComparer.Ordinal);
    private readonly ChangeSignal _changes = new();

    public IObservable<TestEvent> Topic(string topic) => new TopicStream(this, topic);

    public int Subscribers(string topic)
    {
        lock (_gate)
        {
            return _subscribers.TryGetValue(topic, out var observers) ? observers.Count : 0;
        }
    }

    public Task WaitForSubscribersAsync(string topic, int count) =>
        _changes.WaitUntilAsync(() => Subscribers(topic) == count, $"{count} subscribers of '{topic}'");

    public void Publish(string topic, TestEvent value) => Each(topic, observer => observer.OnNext(value));

    public void Complete(string topic) => Each(topic, observer => observer.OnCompleted());

    public void Fail(string topic, Exception error) => Each(topic, observer => observer.OnError(error));

    private void Each(string topic, Action<IObserver<TestEvent>> action)
    {
        IObserver<TestEvent>[] observers;
        lock (_gate)
        {
            observers = _subscribers.TryGetValue(topic, out var list) ? [.. list] : [];
        }

        foreach (var observer in observers)
        {
            action(observer);
        }
    }

    private Unsubscriber Add(string topic, IObserver<TestEvent> observer)
    {
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(topic, out var observers))
            {
                observers = [];
                _subscribers.Add(topic, observers);
            }

            observers.Add(observer);
        }

        _changes.Notify();
        return new Unsubscriber(this, topic, observer);
    }

    private void Remove(string topic, IObserver<TestEvent> observer)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(topic, out var observers))
            {
                observers.Remove(observer);
            }
        }

        _changes.Notify();
    }

    private sealed class TopicStream(EventFeed feed, string topic) : IObservable<TestEvent>
    {
        public IDisposable Subscribe(IObserver<TestEvent> observer) => feed.Add(topic, observer);
    }

    private sealed class Unsubscriber(EventFeed feed, string topic, IObserver<TestEvent> observer) : IDisposable
    {
        public void Dispose() => feed.Remove(topic, observer);
    }
}
