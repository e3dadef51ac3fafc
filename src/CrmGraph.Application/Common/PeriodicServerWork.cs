using CrmGraph.Data.Access;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmGraph.Application.Common;

/// <summary>
/// Background work done in passes, one at start-up and then one every <see cref="Period"/>, each in a unit of work of
/// its own that sees every customer. A failed pass (the database briefly unreachable, say) is logged and does not stop
/// the work: the next pass retries.
/// </summary>
public abstract partial class PeriodicServerWork(IServiceProvider services, TimeProvider time, TimeSpan period, ILogger logger)
    : BackgroundService
{
    protected TimeSpan Period => period;

    protected ILogger Logger => logger;

    /// <summary>What the work is called in the log.</summary>
    protected abstract string Name { get; }

    /// <summary>Whether the first pass runs at start-up rather than one period later.</summary>
    protected virtual bool PassAtStartUp => true;

    /// <summary>One pass, with the services of its own unit of work.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider work, DateTimeOffset now, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period, time);
        if (PassAtStartUp)
        {
            await PassAsync(stoppingToken).ConfigureAwait(false);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await PassAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = services.CreateServerWorkScope();
            await RunOnceAsync(scope.ServiceProvider, time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            PassFailed(logger, exception, Name, period);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass of the {Work} failed; the next one runs in {Interval}.")]
    private static partial void PassFailed(ILogger logger, Exception exception, string work, TimeSpan interval);
}
