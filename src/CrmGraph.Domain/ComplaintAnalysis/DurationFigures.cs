namespace CrmGraph.Domain.ComplaintAnalysis;

/// <summary>
/// The average and the 90th percentile of a set of durations, in hours rounded to two places; null when there is
/// none. The percentile is the nearest-rank one: the smallest duration that at least 90 % of the set do not exceed.
/// </summary>
public sealed record DurationFigures(int Count, decimal? AverageHours, decimal? Percentile90Hours)
{
    private const decimal SecondsPerHour = 3600m;
    private const int Percentile = 90;

    public static DurationFigures From(IEnumerable<DurationCount> durations)
    {
        var sorted = durations.Where(d => d.Complaints > 0).OrderBy(d => d.Seconds).ToList();
        var count = sorted.Sum(d => d.Complaints);
        var totalSeconds = sorted.Sum(d => d.Seconds * (decimal)d.Complaints);
        return new DurationFigures(count, Ratios.Average(totalSeconds / SecondsPerHour, count), NearestRank(sorted, count) is { } seconds ? Ratios.Round(seconds / SecondsPerHour) : null);
    }

    private static long? NearestRank(IReadOnlyList<DurationCount> sorted, int count)
    {
        if (count == 0)
        {
            return null;
        }

        // Rank ⌈0.9 × n⌉, in integers so that no rounding moves it.
        var rank = ((Percentile * count) + 99) / 100;
        var seen = 0;
        foreach (var duration in sorted)
        {
            seen += duration.Complaints;
            if (seen >= rank)
            {
                return duration.Seconds;
            }
        }

        return sorted[^1].Seconds;
    }
}
