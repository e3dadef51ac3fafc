namespace CrmGraph.GraphQL.AspNetCore.Events;

/// <summary>One subscriber as <see cref="TopicSubscribers"/> sees it, whatever type it observes.</summary>
internal interface ITopicSubscription
{
    string Topic { get; }

    Type MessageType { get; }

    /// <summary>Buffers <paramref name="message"/>, an instance of <see cref="MessageType"/>, without waiting.</summary>
    void Offer(object message);

    /// <summary>Accepts no more events; the subscriber hears what is buffered and then completes.</summary>
    void Complete();
}
