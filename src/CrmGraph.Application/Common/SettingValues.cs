using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.Application.Common;

/// <summary>
/// Reads typed settings, keeping a default for what is not configured. A malformed value stops start-up with a
/// message naming the setting: a bare FormatException would not say which one is wrong.
/// </summary>
public static class SettingValues
{
    public static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan fallback) =>
        Read(configuration, key, fallback, "a duration; write it as [d.]hh:mm[:ss], e.g. 04:00:00", value =>
            TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var duration) ? duration : null);

    public static decimal Number(IConfiguration configuration, string key, decimal fallback) =>
        Read(configuration, key, fallback, "a number such as 1.5", value =>
            decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null);

    public static int WholeNumber(IConfiguration configuration, string key, int fallback) =>
        Read(configuration, key, fallback, "a whole number such as 1500", value =>
            int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null);

    private static T Read<T>(IConfiguration configuration, string key, T fallback, string expected, Func<string, T?> parse)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[key] is not { } value)
        {
            return fallback;
        }

        return parse(value) ?? throw new FormatException($"'{value}' under {KeyPath(configuration, key)} is not {expected}.");
    }

    private static string KeyPath(IConfiguration configuration, string key) =>
        configuration is IConfigurationSection section ? $"{section.Path}:{key}" : key;
}
