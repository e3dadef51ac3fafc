using Microsoft.Extensions.Hosting;

namespace CrmGraph.Application.Events;

/// <summary>
/// Hands the events this instance committed to their handlers as soon as they arrive, in batches. What it cannot
/// finish (the process stops, a handler fails) stays unhandled in the outbox for the <see cref="OutboxRelay"/>.
/// </summary>
public sealed partial class AfterCommitDispatch(OutboxDispatchQueue queue, IServiceProvider services, ILogger<AfterCommitDispatch> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Guid>(BatchSize);
        while (await queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            while (batch.Count < BatchSize && queue.Reader.TryRead(out var id))
            {
                batch.Add(id);
            }

            try
            {
                await using var scope = services.CreateServerWorkScope();
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(batch, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                DispatchFailed(logger, exception, batch.Count);
            }

            batch.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching {Count} committed events failed; the outbox relay retries them.")]
    private static partial void DispatchFailed(ILogger logger, Exception exception, int count);
}
