namespace CrmGraph.Bench;

internal static class Percentiles
{
    /// <summary>The nearest-rank percentile of an ascending list.</summary>
    public static double Of(IReadOnlyList<double> sorted, double share) =>
        sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1))];
}
