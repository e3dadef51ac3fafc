using CrmGraph.Bench;

// Measures the latency of GraphQL operations against a running CrmGraph server on this machine.
// Usage: dotnet run -c Release --project bench/CrmGraph.Bench -- [--url http://127.0.0.1:5080/graphql] [--requests 300] [--concurrency 4]
//        [--operation <part of an operation's name, to measure only those>]
//        [--client-id crm-integration --client-secret crm-integration-secret | --staff-email <email> [--staff-password <password>]]
//        [--mode subscriptions --subscribers 1000 --rounds 20 --server-pid <pid, to read its memory>]
var settings = BenchSettings.Parse(args);
if (!settings.Url.IsLoopback)
{
    await Console.Error.WriteLineAsync("The benchmark only sends traffic to a server on this machine (a loopback URL).");
    return 2;
}

using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var accessToken = settings.StaffEmail is { } email
    ? await StaffSignIn.GetTokenAsync(settings.Url, email, settings.StaffPassword)
    : await BenchToken.GetAsync(client, settings);
client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
if (settings.Mode == "subscriptions")
{
    await SubscriptionRun.RunAsync(client, settings, accessToken);
    return 0;
}

foreach (var operation in BenchOperations.All.Where(o => settings.Operation is null || o.Name.Contains(settings.Operation, StringComparison.OrdinalIgnoreCase)))
{
    if (operation.StaffOnly && settings.StaffEmail is null)
    {
        Console.WriteLine($"{operation.Name,-42} skipped: only staff may run it; sign one in with --staff-email");
        continue;
    }

    var result = await LatencyRun.MeasureAsync(client, settings, operation);
    Console.WriteLine(result);
}

return 0;
