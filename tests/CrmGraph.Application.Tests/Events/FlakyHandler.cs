namespace CrmGraph.Application.Tests.Events;

/// <summary>Fails the first time it sees an event, as a handler does whose downstream is briefly unreachable.</summary>
internal sealed class FlakyHandler(HandlerLog log) : IEventHandler
{
    public Task HandleAsync(DispatchedEvent dispatched, CancellationToken cancellationToken) =>
        log.Ran(nameof(FlakyHandler), dispatched.EventId) == 1
            ? throw new InvalidOperationException("The downstream service is unreachable.")
            : Task.CompletedTask;
}
