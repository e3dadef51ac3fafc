using CrmGraph.Bench;

// Measures the latency of GraphQL operations against a running CrmGraph server on this machine.
// Usage: dotnet run -c Release --project bench/CrmGraph.Bench -- [--url http://127.0.0.1:5080/graphql] [--requests 300] [--concurrency 4]
//        [--client-id crm-integration --client-secret crm-integration-secret]
var settings = BenchSettings.Parse(args);
if (!settings.Url.IsLoopback)
{
    await Console.Error.WriteLineAsync("The benchmark only sends traffic to a server on this machine (a loopback URL).");
    return 2;
}

using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await BenchToken.GetAsync(client, settings));
foreach (var operation in BenchOperations.All)
{
    var result = await LatencyRun.MeasureAsync(client, settings, operation);
    Console.WriteLine(result);
}

return 0;
