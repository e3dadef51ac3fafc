namespace CrmGraph.Application.Events;

/// <summary>
/// Follow-on work for a committed domain event. A handler runs in a unit of work and transaction of its own, which
/// also records that it handled the event; it may still see an event again (at least once), so effects outside the
/// database must tolerate a repeat, for instance by carrying the event id.
/// </summary>
public interface IEventHandler
{
    Task HandleAsync(DispatchedEvent dispatched, CancellationToken cancellationToken);
}
