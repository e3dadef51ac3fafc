using CrmGraph.Application.Common;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.Application.Churn;

/// <summary>Reads <c>Churn:RiskRefreshInterval</c>: no stored risk score gets older than this.</summary>
public static class ChurnConfiguration
{
    public const string RiskRefreshIntervalKey = "Churn:RiskRefreshInterval";

    public static readonly TimeSpan DefaultRiskRefreshInterval = TimeSpan.FromHours(1);

    public static TimeSpan RiskRefreshInterval(IConfiguration configuration)
    {
        var interval = SettingValues.Duration(configuration, RiskRefreshIntervalKey, DefaultRiskRefreshInterval);
        return interval > TimeSpan.Zero
            ? interval
            : throw new ArgumentOutOfRangeException(nameof(configuration), interval, $"{RiskRefreshIntervalKey} must be positive.");
    }
}
