using CrmGraph.Application.Common;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.Application.Events;

/// <summary>How committed events reach their handlers; read from the <c>Outbox</c> section.</summary>
public sealed record OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Hand events to their handlers in this process right after commit; off, only the relay does.</summary>
    public bool DispatchAfterCommit { get; init; } = true;

    /// <summary>How often the relay looks for events not yet handled.</summary>
    public TimeSpan RelayInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an instance holds an event it took before another may take it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait before the first retry of a failed event; it doubles with each further failure.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between retries.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long handled events (and the record of who handled them) are kept.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    public static OutboxOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var defaults = new OutboxOptions();
        var options = new OutboxOptions
        {
            DispatchAfterCommit = section[nameof(DispatchAfterCommit)] is { } dispatch ? bool.Parse(dispatch) : defaults.DispatchAfterCommit,
            RelayInterval = SettingValues.Duration(section, nameof(RelayInterval), defaults.RelayInterval),
            Lease = SettingValues.Duration(section, nameof(Lease), defaults.Lease),
            FirstRetryDelay = SettingValues.Duration(section, nameof(FirstRetryDelay), defaults.FirstRetryDelay),
            MaxRetryDelay = SettingValues.Duration(section, nameof(MaxRetryDelay), defaults.MaxRetryDelay),
            Retention = SettingValues.Duration(section, nameof(Retention), defaults.Retention),
        };
        return options.RelayInterval > TimeSpan.Zero && options.Lease > TimeSpan.Zero && options.FirstRetryDelay >= TimeSpan.Zero
            ? options
            : throw new ArgumentOutOfRangeException(nameof(configuration), "Outbox:RelayInterval and Outbox:Lease must be positive, Outbox:FirstRetryDelay not negative.");
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt.</summary>
    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks((long)Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * Math.Pow(2, Math.Max(0, attempts - 1))));
}
