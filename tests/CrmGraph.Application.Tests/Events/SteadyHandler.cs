namespace CrmGraph.Application.Tests.Events;

/// <summary>Succeeds every time, counting its runs.</summary>
internal sealed class SteadyHandler(HandlerLog log) : IEventHandler
{
    public Task HandleAsync(DispatchedEvent dispatched, CancellationToken cancellationToken)
    {
        log.Ran(nameof(SteadyHandler), dispatched.EventId);
        return Task.CompletedTask;
    }
}
