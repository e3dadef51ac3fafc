using CrmGraph.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmGraph.Application.Churn;

/// <summary>
/// Re-scores, every half <c>Churn:RiskRefreshInterval</c> from start-up, the ranked customers whose stored risk score
/// is half an interval old, so that none gets older than the interval even when nothing is written about the customer
/// (silence alone raises risk).
/// </summary>
public sealed partial class CustomerRiskMonitor(IServiceProvider services, TimeProvider time, TimeSpan interval, ILogger<CustomerRiskMonitor> logger)
    : PeriodicServerWork(services, time, interval / 2, logger)
{
    protected override string Name => "churn-risk refresh";

    protected override async Task RunOnceAsync(IServiceProvider work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scored = await work.GetRequiredService<CustomerRiskScores>().RefreshRankedAsync(now - Period, cancellationToken).ConfigureAwait(false);
        if (scored > 0)
        {
            Refreshed(Logger, scored);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the churn-risk score of {Count} customers.")]
    private static partial void Refreshed(ILogger logger, int count);
}
