namespace CrmGraph.Domain.Common;

/// <summary>
/// An entity saved as a whole that records what happens to it. Every CRM aggregate concerns one customer (a
/// customer concerns itself), which is what the follow-on work of its events is about.
/// </summary>
public interface IAggregate
{
    int Id { get; }

    int CustomerId { get; }

    /// <summary>The events recorded since the aggregate was loaded or last saved, oldest first.</summary>
    IReadOnlyList<DomainEvent> RecordedEvents { get; }

    /// <summary>Forgets the recorded events, once they are written with the change.</summary>
    void ClearRecordedEvents();
}
