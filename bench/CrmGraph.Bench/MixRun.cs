using System.Diagnostics;
using System.Globalization;

namespace CrmGraph.Bench;

/// <summary>
/// Drives the realistic mix: the operations are picked by weight (a fixed seed, so runs compare) and sent either by
/// a closed loop of <c>--concurrency</c> workers or, with <c>--rate</c>, at a fixed arrival rate (<see cref="OpenLoopMix"/>);
/// the results are reported per operation and overall.
/// </summary>
internal static class MixRun
{
    public static async Task RunAsync(HttpClient client, IReadOnlyList<BenchOperation> operations, BenchSettings settings)
    {
        var picks = Picks(operations, settings.Requests);
        foreach (var operation in operations)
        {
            await LatencyRun.SendAsync(client, operation.Name, operation.GraphQLRequest(settings.Url));
        }

        if (settings.Rate is { } rate)
        {
            await OpenLoopMix.RunAsync(client, operations, picks, settings.Url, rate);
            return;
        }

        var latencies = operations.ToDictionary(o => o, _ => new List<double>());
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, settings.Concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < picks.Count)
            {
                var operation = picks[index];
                var started = Stopwatch.GetTimestamp();
                await LatencyRun.SendAsync(client, operation.Name, operation.GraphQLRequest(settings.Url));
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies[operation].Add(elapsed);
                }
            }
        });
        await Task.WhenAll(workers);
        clock.Stop();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mix of {picks.Count} requests at concurrency {settings.Concurrency}: {picks.Count / clock.Elapsed.TotalSeconds:0.0} req/s overall"));
        foreach (var (operation, measured) in latencies.Where(l => l.Value.Count > 0))
        {
            Console.WriteLine(LatencyResult.From(operation.Name, measured, clock.Elapsed));
        }
    }

    /// <summary>The operations to send, in order, chosen by weight.</summary>
    private static List<BenchOperation> Picks(IReadOnlyList<BenchOperation> operations, int count)
    {
        var random = new Random(20261123);
        var totalWeight = operations.Sum(o => o.Weight);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var roll = random.Next(totalWeight);
            return operations.First(o => (roll -= o.Weight) < 0);
        }).ToList();
    }
}
