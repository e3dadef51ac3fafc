namespace CrmGraph.GraphQL.AspNetCore.Events;

/// <summary>The events of one topic as an observable, the shape GraphQL subscription resolvers return.</summary>
internal sealed class TopicObservable<T>(TopicSubscribers subscribers, string topic) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer) => subscribers.Subscribe(topic, observer);
}
