using CrmGraph.Data.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>
/// Runs an <see cref="SlaBreachScan"/> at start-up and then every <c>Complaints:SlaCheckInterval</c>, each in a
/// unit of work of its own that sees every customer.
/// </summary>
public sealed partial class ComplaintSlaMonitor(IServiceProvider services, TimeProvider time, TimeSpan interval, ILogger<ComplaintSlaMonitor> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            await ScanAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task ScanAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = services.CreateServerWorkScope();
            var breached = await scope.ServiceProvider.GetRequiredService<SlaBreachScan>().RunOnceAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            if (breached.Count > 0)
            {
                BreachesFound(logger, breached.Count);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A failed pass (the database briefly unreachable, say) must not stop the monitor; the next one retries.
            ScanFailed(logger, exception, interval);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The SLA monitor found {Count} complaints with a newly broken promise.")]
    private static partial void BreachesFound(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "An SLA check failed; the next one runs in {Interval}.")]
    private static partial void ScanFailed(ILogger logger, Exception exception, TimeSpan interval);
}
