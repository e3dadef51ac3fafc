using System.Collections.Concurrent;

namespace CrmGraph.Application.Tests.Events;

/// <summary>Which test handler ran for which event, how often.</summary>
internal sealed class HandlerLog
{
    private readonly ConcurrentDictionary<(string Handler, Guid EventId), int> _runs = new();

    /// <summary>Counts a run; returns how many runs of this handler for this event there were, this one included.</summary>
    public int Ran(string handler, Guid eventId) => _runs.AddOrUpdate((handler, eventId), 1, (_, count) => count + 1);

    public int Runs(string handler, Guid eventId) => _runs.GetValueOrDefault((handler, eventId));
}
