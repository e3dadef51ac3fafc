using System.Diagnostics;

namespace CrmGraph.Bench;

/// <summary>Sends a bounded number of requests at fixed concurrency and measures each one.</summary>
internal static class LatencyRun
{
    private const int WarmUpRequests = 20;

    public static async Task<LatencyResult> MeasureAsync(HttpClient client, string name, Func<HttpRequestMessage> request, BenchSettings settings)
    {
        for (var i = 0; i < WarmUpRequests; i++)
        {
            await SendAsync(client, name, request());
        }

        var latencies = new List<double>(settings.Requests);
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, settings.Concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < settings.Requests)
            {
                var started = Stopwatch.GetTimestamp();
                await SendAsync(client, name, request());
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(elapsed);
                }
            }
        });
        await Task.WhenAll(workers);
        return LatencyResult.From(name, latencies, clock.Elapsed);
    }

    /// <summary>Sends one request and insists on a successful answer without GraphQL errors.</summary>
    public static async Task SendAsync(HttpClient client, string name, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || body.Contains("\"errors\":[{", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{name} failed with {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
            }
        }
    }
}
