namespace CrmGraph.Domain.Common;

/// <summary>
/// Something that happened to an aggregate, recorded as it changed and handed on after the change is committed.
/// An event carries the facts a consumer needs (ids, kinds, amounts), never the entity itself; which aggregate
/// and customer it concerns travels beside it, since a new aggregate has no id until it is saved.
/// </summary>
public abstract record DomainEvent(DateTimeOffset OccurredAt)
{
    /// <summary>Unique and time-ordered; handlers remember what they handled by it.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();
}
