namespace CrmGraph.Data.Outbox;

/// <summary>
/// That one handler finished with one event. Written in the handler's own transaction, so a handler whose effects
/// are in the database does them exactly once, however often the event is delivered.
/// </summary>
public sealed class HandledEvent
{
    public const int MaxHandlerLength = 200;

    public HandledEvent(Guid eventId, string handler, DateTimeOffset handledAt)
    {
        EventId = eventId;
        Handler = handler;
        HandledAt = handledAt;
    }

    public Guid EventId { get; private set; }

    public string Handler { get; private set; }

    public DateTimeOffset HandledAt { get; private set; }
}
