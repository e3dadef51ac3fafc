namespace CrmGraph.Application.Events;

/// <summary>A committed domain event as its handlers receive it: the event, and which aggregate, customer and partner it concerns.</summary>
public sealed record DispatchedEvent(string AggregateType, int AggregateId, int CustomerId, int? PartnerId, DomainEvent Event)
{
    public Guid EventId => Event.EventId;

    public static DispatchedEvent From(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DispatchedEvent(
            message.AggregateType, message.AggregateId, message.CustomerId, message.PartnerId, DomainEventTypes.Deserialize(message.Type, message.Payload));
    }
}
