using System.Globalization;

namespace CrmGraph.Bench;

/// <summary>Throughput and latency percentiles of one measured series.</summary>
internal sealed record LatencyResult(string Name, double RequestsPerSecond, double P50, double P95, double P99)
{
    public static LatencyResult From(string name, List<double> latencies, TimeSpan elapsed)
    {
        latencies.Sort();
        return new LatencyResult(name, latencies.Count / elapsed.TotalSeconds, Percentiles.Of(latencies, 0.50), Percentiles.Of(latencies, 0.95), Percentiles.Of(latencies, 0.99));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-52} {RequestsPerSecond,8:0.0} req/s  p50 {P50,7:0.0} ms  p95 {P95,7:0.0} ms  p99 {P99,7:0.0} ms");
}
