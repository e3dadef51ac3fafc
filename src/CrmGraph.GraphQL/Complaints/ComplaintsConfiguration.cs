using System.Globalization;
using CrmGraph.Domain.Complaints;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.GraphQL.Complaints;

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
                    Duration(configured, nameof(SlaTargets.FirstResponse), fallback.FirstResponse),
                    Duration(configured, nameof(SlaTargets.Resolution), fallback.Resolution));
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
        var interval = Duration(configuration, SlaCheckIntervalKey, DefaultSlaCheckInterval);
        return interval > TimeSpan.Zero
            ? interval
            : throw new ArgumentOutOfRangeException(nameof(configuration), interval, $"{SlaCheckIntervalKey} must be positive.");
    }

    private static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan fallback)
    {
        if (configuration[key] is not { } value)
        {
            return fallback;
        }

        // Name the setting: a bare FormatException at start-up would not say which one is wrong.
        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var duration)
            ? duration
            : throw new FormatException($"'{value}' under {KeyPath(configuration, key)} is not a duration; write it as [d.]hh:mm[:ss], e.g. 04:00:00.");
    }

    private static string KeyPath(IConfiguration configuration, string key) =>
        configuration is IConfigurationSection section ? $"{section.Path}:{key}" : key;
}
