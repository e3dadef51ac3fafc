using CrmGraph.Application.Common;
using System.Globalization;
using CrmGraph.Domain.Complaints;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.Application.Complaints;

/// <summary>
/// Reads the complaint settings: the promised times <c>Complaints:Sla:&lt;Severity&gt;:FirstResponse</c> and
/// <c>:Resolution</c>, <c>Complaints:Sla:VipShare</c>, and <c>Complaints:SlaCheckInterval</c>; whatever is not
/// configured keeps the domain's default.
/// </summary>
public static class ComplaintsConfiguration
{
    public const string SlaSection = "Complaints:Sla";
    public const string SlaCheckIntervalKey = "Complaints:SlaCheckInterval";

    public static readonly TimeSpan DefaultSlaCheckInterval = TimeSpan.FromSeconds(30);

    public static SlaPolicy Sla(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SlaSection);
        var targets = Enum.GetValues<ComplaintSeverity>().ToDictionary(
            severity => severity,
            severity =>
            {
                var fallback = SlaPolicy.Default.BaseTargetsFor(severity);
                var configured = section.GetSection(severity.ToString());
                return new SlaTargets(
                    SettingValues.Duration(configured, nameof(SlaTargets.FirstResponse), fallback.FirstResponse),
                    SettingValues.Duration(configured, nameof(SlaTargets.Resolution), fallback.Resolution));
            });
        var vipShare = section["VipShare"] is { } share
            ? double.Parse(share, NumberStyles.Float, CultureInfo.InvariantCulture)
            : SlaPolicy.Default.VipShare;
        return new SlaPolicy(targets, vipShare);
    }

    /// <summary>How often the SLA monitor looks for broken promises.</summary>
    public static TimeSpan SlaCheckInterval(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var interval = SettingValues.Duration(configuration, SlaCheckIntervalKey, DefaultSlaCheckInterval);
        return interval > TimeSpan.Zero
            ? interval
            : throw new ArgumentOutOfRangeException(nameof(configuration), interval, $"{SlaCheckIntervalKey} must be positive.");
    }
}
