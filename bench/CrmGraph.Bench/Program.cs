using CrmGraph.Bench;

// Measures the latency of GraphQL operations against a running CrmGraph server on this machine.
// Usage: dotnet run -c Release --project bench/CrmGraph.Bench -- [--url http://127.0.0.1:5080/graphql] [--requests 300] [--concurrency 4]
//        [--client-id crm-integration --client-secret crm-integration-secret]
//        [--mode subscriptions --subscribers 1000 --rounds 20 --server-pid <pid, to read its memory>]
//        [--mode limits --requests 5000: what the document limits add, in process, no server]
var settings = BenchSettings.Parse(args);
if (settings.Mode == "limits")
{
    await LimitsRun.RunAsync(settings);
    return 0;
}

if (!settings.Url.IsLoopback)
{
    await Console.Error.WriteLineAsync("The benchmark only sends traffic to a server on this machine (a loopback URL).");
    return 2;
}

using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var accessToken = await BenchToken.GetAsync(client, settings);
client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
if (settings.Mode == "subscriptions")
{
    await SubscriptionRun.RunAsync(client, settings, accessToken);
    return 0;
}

foreach (var operation in BenchOperations.All)
{
    var result = await LatencyRun.MeasureAsync(client, settings, operation);
    Console.WriteLine(result);
}

return 0;
