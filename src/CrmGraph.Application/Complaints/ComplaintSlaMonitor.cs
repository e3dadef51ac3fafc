using CrmGraph.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmGraph.Application.Complaints;

/// <summary>Runs an <see cref="SlaBreachScan"/> at start-up and then every <c>Complaints:SlaCheckInterval</c>.</summary>
public sealed partial class ComplaintSlaMonitor(IServiceProvider services, TimeProvider time, TimeSpan interval, ILogger<ComplaintSlaMonitor> logger)
    : PeriodicServerWork(services, time, interval, logger)
{
    protected override string Name => "SLA monitor";

    protected override async Task RunOnceAsync(IServiceProvider work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var breached = await work.GetRequiredService<SlaBreachScan>().RunOnceAsync(now, cancellationToken).ConfigureAwait(false);
        if (breached.Count > 0)
        {
            BreachesFound(Logger, breached.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The SLA monitor found {Count} complaints with a newly broken promise.")]
    private static partial void BreachesFound(ILogger logger, int count);
}
