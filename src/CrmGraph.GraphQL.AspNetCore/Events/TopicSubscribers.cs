using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.Events;

/// <summary>
/// The local subscribers of every topic, each behind its own <see cref="BufferedSubscription{T}"/>. Both buses keep
/// theirs here and differ only in how a published event reaches <see cref="Deliver"/>.
/// </summary>
internal sealed class TopicSubscribers(int bufferSize, ILogger logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, ITopicSubscription[]> _byTopic = new(StringComparer.Ordinal);

    // Changes replace a topic's array under this lock; delivery reads the arrays without taking it.
    private readonly Lock _changes = new();
    private bool _disposed;

    public IObservable<T> Observe<T>(string topic)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        return new TopicObservable<T>(this, topic);
    }

    public IDisposable Subscribe<T>(string topic, IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var subscription = new BufferedSubscription<T>(topic, observer, bufferSize, logger, Remove);
        lock (_changes)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _byTopic[topic] = [.. _byTopic.GetValueOrDefault(topic, []), subscription];
        }

        subscription.Start();
        return subscription;
    }

    /// <summary>Hands one event to every subscriber of <paramref name="topic"/>, as the type each observes.</summary>
    /// <param name="read">Gives the event as an instance of the type asked for.</param>
    public void Deliver(string topic, Func<Type, object?> read)
    {
        if (!_byTopic.TryGetValue(topic, out var subscriptions))
        {
            return;
        }

        // The subscribers of a topic usually observe one type, so the event is read again only when the type changes.
        Type? type = null;
        object? message = null;
        foreach (var subscription in subscriptions)
        {
            if (subscription.MessageType != type)
            {
                type = subscription.MessageType;
                message = Read(topic, type, read);
            }

            if (message is not null)
            {
                subscription.Offer(message);
            }
        }
    }

    /// <summary>Completes every subscription: each hears what it has buffered, then the end.</summary>
    public void Dispose()
    {
        ITopicSubscription[][] subscriptions;
        lock (_changes)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            subscriptions = [.. _byTopic.Values];
            _byTopic.Clear();
        }

        foreach (var subscription in subscriptions.SelectMany(topic => topic))
        {
            subscription.Complete();
        }
    }

    private void Remove(ITopicSubscription subscription)
    {
        lock (_changes)
        {
            if (!_byTopic.TryGetValue(subscription.Topic, out var current))
            {
                return;
            }

            var rest = Array.FindAll(current, other => !ReferenceEquals(other, subscription));
            if (rest.Length == 0)
            {
                _byTopic.TryRemove(subscription.Topic, out _);
            }
            else
            {
                _byTopic[subscription.Topic] = rest;
            }
        }
    }

    private object? Read(string topic, Type type, Func<Type, object?> read)
    {
        try
        {
            var message = read(type);
            if (type.IsInstanceOfType(message))
            {
                return message;
            }

            EventBusLog.UnreadableEvent(logger, null, topic, type);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            // An event that crossed processes as JSON and does not fit the subscriber's type.
            EventBusLog.UnreadableEvent(logger, exception, topic, type);
        }

        return null;
    }
}
