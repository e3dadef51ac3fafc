using CrmGraph.Application.Common;

namespace CrmGraph.Application.Events;

/// <summary>
/// Every <c>Outbox:RelayInterval</c>, takes the events nobody handled (the process stopped after commit, a handler
/// failed and its back-off passed, a lease ran out) and hands them to their handlers; then prunes handled events
/// older than the retention. The first pass waits one interval, so that a starting instance is serving first.
/// </summary>
public sealed partial class OutboxRelay(IServiceProvider services, TimeProvider time, OutboxOptions options, ILogger<OutboxRelay> logger)
    : PeriodicServerWork(services, time, options.RelayInterval, logger)
{
    protected override string Name => "outbox relay";

    protected override bool PassAtStartUp => false;

    protected override async Task RunOnceAsync(IServiceProvider work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dispatcher = work.GetRequiredService<OutboxDispatcher>();
        var relayed = 0;
        int taken;
        do
        {
            taken = await dispatcher.RelayAsync(cancellationToken).ConfigureAwait(false);
            relayed += taken;
        }
        while (taken == OutboxDispatcher.RelayBatchSize);

        if (relayed > 0)
        {
            Relayed(Logger, relayed);
        }

        await dispatcher.PruneAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The outbox relay handed on {Count} events not handled after commit.")]
    private static partial void Relayed(ILogger logger, int count);
}
