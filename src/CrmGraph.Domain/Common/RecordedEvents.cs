namespace CrmGraph.Domain.Common;

/// <summary>The events an aggregate recorded and has not yet handed on; not part of its stored state.</summary>
public sealed class RecordedEvents
{
    private readonly List<DomainEvent> _events = [];

    public IReadOnlyList<DomainEvent> All => _events;

    public void Record(DomainEvent domainEvent) => _events.Add(domainEvent);

    public void Clear() => _events.Clear();
}
