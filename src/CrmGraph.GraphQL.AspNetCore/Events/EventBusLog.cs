using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.Events;

/// <summary>What the event bus logs.</summary>
internal static partial class EventBusLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber of topic {Topic} fell {Capacity} events behind; its oldest undelivered events are being dropped.")]
    public static partial void SubscriberOverflowing(ILogger logger, string topic, int capacity);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber of topic {Topic} ended having missed {Dropped} events to overflow.")]
    public static partial void SubscriberDropped(ILogger logger, string topic, long dropped);

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber of topic {Topic} failed to handle an event; it keeps receiving later ones.")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An event on topic {Topic} could not be read as {MessageType}; its subscribers of that type miss it.")]
    public static partial void UnreadableEvent(ILogger logger, Exception? exception, string topic, Type messageType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable; no instance hears events until the connection comes up.")]
    public static partial void RedisUnreachable(ILogger logger);
}
