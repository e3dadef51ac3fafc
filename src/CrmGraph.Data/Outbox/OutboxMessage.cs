namespace CrmGraph.Data.Outbox;

/// <summary>
/// One domain event, written in the transaction of the change that recorded it and kept until it has been handled
/// (and for a retention after). The dispatch columns say whether it is handled, how often it was taken, and when it
/// may next be taken: the end of the lease an instance holds while handling it, or the time of the next retry.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxPayloadLength = 4000;

    public const int MaxErrorLength = 2000;

    private OutboxMessage()
    {
        Type = string.Empty;
        AggregateType = string.Empty;
        Payload = string.Empty;
    }

    /// <summary>The event's own id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The event's type name, e.g. <c>ComplaintFiled</c>.</summary>
    public string Type { get; private set; }

    /// <summary>The aggregate the event happened to, e.g. <c>Complaint</c>.</summary>
    public string AggregateType { get; private set; }

    public int AggregateId { get; private set; }

    public int CustomerId { get; private set; }

    /// <summary>The partner owning the customer, so that partner-facing consumers pass on only their own.</summary>
    public int? PartnerId { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? HandledAt { get; private set; }

    /// <summary>How many times an instance took the event to handle it.</summary>
    public int Attempts { get; private set; }

    /// <summary>Not to be taken before this time: a lease held by an instance, or a retry's back-off.</summary>
    public DateTimeOffset AvailableAt { get; private set; }

    /// <summary>Why the last attempt failed, for operators.</summary>
    public string? LastError { get; private set; }

    public static OutboxMessage For(IAggregate aggregate, DomainEvent domainEvent, int? partnerId, DateTimeOffset writtenAt)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(domainEvent);
        return new OutboxMessage
        {
            Id = domainEvent.EventId,
            Type = DomainEventTypes.NameOf(domainEvent),
            AggregateType = aggregate.GetType().Name,
            AggregateId = aggregate.Id,
            CustomerId = aggregate.CustomerId,
            PartnerId = partnerId,
            Payload = DomainEventTypes.Serialize(domainEvent),
            OccurredAt = domainEvent.OccurredAt,
            AvailableAt = writtenAt,
        };
    }
}
