using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CrmGraph.Bench;

/// <summary>Sends a bounded number of requests at fixed concurrency and reports throughput and latency percentiles.</summary>
internal static class LatencyRun
{
    private const int WarmUpRequests = 20;

    public static async Task<string> MeasureAsync(HttpClient client, BenchSettings settings, BenchOperation operation)
    {
        for (var i = 0; i < WarmUpRequests; i++)
        {
            await SendAsync(client, settings.Url, operation);
        }

        var latencies = new double[settings.Requests];
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, settings.Concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < settings.Requests)
            {
                var started = Stopwatch.GetTimestamp();
                await SendAsync(client, settings.Url, operation);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        });
        await Task.WhenAll(workers);
        clock.Stop();

        Array.Sort(latencies);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{operation.Name,-42} {settings.Requests / clock.Elapsed.TotalSeconds,8:0.0} req/s  p50 {Percentiles.Of(latencies, 0.50),7:0.0} ms  p95 {Percentiles.Of(latencies, 0.95),7:0.0} ms  p99 {Percentiles.Of(latencies, 0.99),7:0.0} ms");
    }

    private static async Task SendAsync(HttpClient client, Uri url, BenchOperation operation)
    {
        using var content = new StringContent(operation.Body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(url, content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{operation.Name} failed with {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        }
    }
}
