using System.Diagnostics;
using System.Globalization;

namespace CrmGraph.Bench;

/// <summary>
/// The mix at a fixed arrival rate (open loop): request <c>i</c> is due <c>i / rate</c> seconds after the start and is
/// sent then whether or not earlier ones have been answered. Each latency runs from when the request was due, so a
/// server that falls behind is charged for the queue it builds instead of slowing the senders down.
/// </summary>
internal static class OpenLoopMix
{
    /// <summary>The latency every operation's p99 must stay under for a rate to count as sustained with headroom.</summary>
    private const double P99Goal = 250;

    public static async Task RunAsync(HttpClient client, IReadOnlyList<BenchOperation> operations, IReadOnlyList<BenchOperation> picks, Uri url, double rate)
    {
        var latencies = operations.ToDictionary(o => o, _ => new List<double>());
        var inFlight = 0;
        var mostInFlight = 0;
        var start = Stopwatch.GetTimestamp();

        async Task SendAsync(BenchOperation operation, TimeSpan due)
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostInFlight, now);
            await LatencyRun.SendAsync(client, operation.Name, operation.GraphQLRequest(url));
            var latency = (Stopwatch.GetElapsedTime(start) - due).TotalMilliseconds;
            Interlocked.Decrement(ref inFlight);
            lock (latencies)
            {
                latencies[operation].Add(latency);
            }
        }

        var sends = new List<Task>(picks.Count);
        for (var i = 0; i < picks.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            sends.Add(SendAsync(picks[i], due));
        }

        await Task.WhenAll(sends);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var achieved = picks.Count / elapsed.TotalSeconds;
        var results = latencies.Where(l => l.Value.Count > 0).Select(l => LatencyResult.From(l.Key.Name, l.Value, elapsed)).ToList();
        // Sustained: no queue was left building up, so the last request was answered within a second of being due.
        var sustained = elapsed - TimeSpan.FromSeconds((picks.Count - 1) / rate) <= TimeSpan.FromSeconds(1);
        var underGoal = results.All(r => r.P99 < P99Goal);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"open-loop mix of {picks.Count} requests offered at {rate:0.0} req/s: answered at {achieved:0.0} req/s, at most {mostInFlight} in flight"));
        foreach (var result in results)
        {
            Console.WriteLine(result);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rate {rate:0.0} req/s {(sustained ? "sustained" : "NOT sustained")}; every operation's p99 under {P99Goal:0} ms: {(underGoal ? "yes" : "no")}"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
