using CrmGraph.Domain.History;

namespace CrmGraph.GraphQL.History;

/// <summary>
/// One entry of a customer's relationship history as read from the database: which record, of which kind,
/// when. The record itself is loaded in a batch per kind when a field asks for it.
/// </summary>
public sealed class TimelineRow
{
    public int CustomerId { get; init; }

    public int KindValue { get; init; }

    public long SourceId { get; init; }

    public DateTimeOffset At { get; init; }

    public TimelineEntryKind Kind => (TimelineEntryKind)KindValue;
}
