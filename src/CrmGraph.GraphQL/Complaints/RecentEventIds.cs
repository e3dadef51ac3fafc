namespace CrmGraph.GraphQL.Complaints;

/// <summary>
/// The ids of the last events one subscription passed on, so that an event delivered again (handlers run at least
/// once) reaches the subscriber once. Bounded: a repeat comes soon after the first delivery, not thousands later.
/// </summary>
internal sealed class RecentEventIds
{
    private const int Capacity = 1024;

    private readonly HashSet<Guid> _seen = [];
    private readonly Queue<Guid> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time <paramref name="eventId"/> is offered.</summary>
    public bool FirstTime(Guid eventId)
    {
        lock (_lock)
        {
            if (!_seen.Add(eventId))
            {
                return false;
            }

            _order.Enqueue(eventId);
            if (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
