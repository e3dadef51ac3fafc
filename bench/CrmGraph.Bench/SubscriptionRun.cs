using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace CrmGraph.Bench;

/// <summary>
/// Opens many idle subscribers to <c>complaintFiled</c>, reports the server's memory per subscription, then files
/// complaints one at a time and reports the time from each filing mutation's response to the subscribers' <c>next</c>.
/// </summary>
internal static class SubscriptionRun
{
    private const string Subscription = "subscription { complaintFiled { id number severity status receivedAt } }";
    private const int OpeningParallelism = 50;

    // Opened (and kept open) before the memory reading, so that it counts subscriptions, not first-use code and pools.
    private const int WarmUpSubscribers = 50;

    public static async Task RunAsync(HttpClient client, BenchSettings settings, string accessToken)
    {
        var warmUp = await OpenAsync(WarmUpSubscribers, settings, accessToken);
        await Task.Delay(TimeSpan.FromSeconds(2)); // let the server settle before reading its memory
        var memoryBefore = ServerMemory.ResidentBytes(settings.ServerPid);
        var subscribers = await OpenAsync(settings.Subscribers, settings, accessToken);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var memoryAfter = ServerMemory.ResidentBytes(settings.ServerPid);
        if (memoryBefore is { } before && memoryAfter is { } after)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{settings.Subscribers} idle subscriptions: server resident memory {before / 1048576.0:0.0} MB -> {after / 1048576.0:0.0} MB, {(after - before) / 1024.0 / settings.Subscribers:0.0} KB per subscription"));
        }

        var customerId = await FirstCustomerIdAsync(client, settings.Url);
        var lastArrival = new List<double>();
        var everyArrival = new List<double>();
        for (var round = 0; round < settings.Rounds; round++)
        {
            var (complaintId, respondedAt) = await FileComplaintAsync(client, settings.Url, customerId, round);
            var arrivals = await WaitForAllAsync(subscribers, complaintId);
            var latencies = arrivals.Select(a => Math.Max(0, Stopwatch.GetElapsedTime(respondedAt, a).TotalMilliseconds)).ToList();
            everyArrival.AddRange(latencies);
            lastArrival.Add(latencies.Max());
        }

        Console.WriteLine(Summary($"response -> last subscriber's next ({settings.Rounds} filings)", lastArrival));
        Console.WriteLine(Summary($"response -> each subscriber's next ({everyArrival.Count} deliveries)", everyArrival));
        foreach (var subscriber in subscribers.Concat(warmUp))
        {
            await subscriber.DisposeAsync();
        }
    }

    private static async Task<List<SubscriberSocket>> OpenAsync(int count, BenchSettings settings, string accessToken)
    {
        var subscribers = Enumerable.Range(0, count).Select(_ => new SubscriberSocket()).ToList();
        await Parallel.ForEachAsync(subscribers, new ParallelOptions { MaxDegreeOfParallelism = OpeningParallelism }, async (subscriber, token) =>
            await subscriber.OpenAsync(settings.Url, accessToken, Subscription, token));
        return subscribers;
    }

    private static async Task<List<long>> WaitForAllAsync(List<SubscriberSocket> subscribers, string complaintId)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30;
        while (true)
        {
            var arrivals = subscribers.Select(s => s.ArrivalOf(complaintId)).ToList();
            if (arrivals.All(a => a is not null))
            {
                return arrivals.Select(a => a!.Value).ToList();
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"{arrivals.Count(a => a is null)} subscribers never heard of complaint {complaintId}.");
            }

            await Task.Delay(5);
        }
    }

    private static async Task<string> FirstCustomerIdAsync(HttpClient client, Uri url)
    {
        var data = await PostAsync(client, url, "{ customers(first: 1) { edges { node { id } } } }", null);
        return data.GetProperty("customers").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
    }

    private static async Task<(string ComplaintId, long RespondedAt)> FileComplaintAsync(HttpClient client, Uri url, string customerId, int round)
    {
        const string mutation = """
            mutation File($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { id } errors { message } } }
            """;
        var input = new { customerId, category = "SERVICE", severity = "HIGH", channel = "PHONE", description = $"Benchmark complaint {round}" };
        var data = await PostAsync(client, url, mutation, new { input });
        var respondedAt = Stopwatch.GetTimestamp();
        var complaint = data.GetProperty("fileComplaint").GetProperty("complaint");
        return (complaint.GetProperty("id").GetString()!, respondedAt);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, Uri url, string query, object? variables)
    {
        using var response = await client.PostAsJsonAsync(url, new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("errors", out var errors)
            ? throw new InvalidOperationException($"The request failed: {errors}")
            : body.GetProperty("data");
    }

    private static string Summary(string name, List<double> latencies)
    {
        latencies.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-52} p50 {Percentiles.Of(latencies, 0.50),7:0.0} ms  p99 {Percentiles.Of(latencies, 0.99),7:0.0} ms  max {latencies[^1],7:0.0} ms");
    }
}
