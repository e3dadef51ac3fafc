using System.Globalization;
using CrmGraph.Bench;

// Measures a running CrmGraph server on this machine; see bench/README.md.
// Usage: dotnet run -c Release --project bench/CrmGraph.Bench -- [--url http://127.0.0.1:5080/graphql] [--requests 300] [--concurrency 4]
//        [--mode latency|mix|subscriptions|insight] [--baseline-url http://127.0.0.1:5081/]
//        [--mode mix --rate 20: an open loop of 20 requests/s regardless of answers, --requests of them]
//        [--client-id crm-integration --client-secret crm-integration-secret | --staff-email <email> [--staff-password <password>]]
//        [--subscribers 1000 --rounds 20 --server-pid <pid, to read its memory>]
//        [--operation "file complaint": measure that operation alone]
//        [--mode limits --requests 5000: what the document limits add, in process, no server]
var settings = BenchSettings.Parse(args);
if (settings.Mode == "limits")
{
    await LimitsRun.RunAsync(settings);
    return 0;
}

if (!settings.Url.IsLoopback || settings.BaselineUrl is { IsLoopback: false })
{
    await Console.Error.WriteLineAsync("The benchmark only sends traffic to servers on this machine (loopback URLs).");
    return 2;
}

using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var accessToken = settings.StaffEmail is { } email
    ? await StaffSignIn.GetTokenAsync(settings.Url, email, settings.StaffPassword)
    : await BenchToken.GetAsync(client, settings);
client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
switch (settings.Mode)
{
    case "subscriptions":
        await SubscriptionRun.RunAsync(client, settings, accessToken);
        return 0;
    case "mix":
        await MixRun.RunAsync(client, await BenchOperations.LoadAsync(client, settings), settings);
        return 0;
}

// "insight": the management reports only (retention, complaint analysis; partner scorecards with --staff-email).
var measured = settings.Mode == "insight" ? BenchOperations.Insight(settings) : await BenchOperations.LoadAsync(client, settings);
foreach (var operation in measured.Where(o => settings.Operation is null || o.Name == settings.Operation))
{
    var graphql = await LatencyRun.MeasureAsync(client, operation.Name, () => operation.GraphQLRequest(settings.Url), settings);
    Console.WriteLine(graphql);
    if (settings.BaselineUrl is { } baselineUrl && operation.BaselinePath is not null)
    {
        var baseline = await LatencyRun.MeasureAsync(client, "  baseline (no GraphQL)", () => operation.BaselineRequest(baselineUrl), settings);
        Console.WriteLine(baseline);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  GraphQL/baseline: p50 {graphql.P50 / baseline.P50:0.00}x, p99 {graphql.P99 / baseline.P99:0.00}x, throughput {baseline.RequestsPerSecond / graphql.RequestsPerSecond:0.00}x"));
    }
}

return 0;
