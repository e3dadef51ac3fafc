namespace CrmGraph.Domain.Common;

/// <summary>
/// Shares and averages of counted figures, rounded to two places once at the end; nothing counted gives null,
/// never a division by zero or NaN.
/// </summary>
public static class Ratios
{
    public const int Decimals = 2;

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>; null when the whole is zero.</summary>
    public static decimal? Percent(long part, long whole) => whole == 0 ? null : Round(part * 100m / whole);

    /// <summary><paramref name="total"/> ÷ <paramref name="count"/>; null when nothing was counted.</summary>
    public static decimal? Average(decimal total, long count) => count == 0 ? null : Round(total / count);

    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
