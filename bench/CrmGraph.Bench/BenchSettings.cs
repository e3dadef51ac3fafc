using System.Globalization;

namespace CrmGraph.Bench;

/// <summary>
/// Command-line settings; the client defaults to the Development demo's internal machine client, unless a staff
/// member is named to sign in instead (the demo password is the default).
/// </summary>
internal sealed record BenchSettings(Uri Url, int Requests, int Concurrency, string ClientId, string ClientSecret, string? StaffEmail, string StaffPassword, string Mode, int Subscribers, int Rounds, int? ServerPid, Uri? BaselineUrl, string? Operation, double? Rate)
{
    public static BenchSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchSettings(
            new Uri(Value("--url") ?? "http://127.0.0.1:5080/graphql"),
            int.Parse(Value("--requests") ?? "300", CultureInfo.InvariantCulture),
            int.Parse(Value("--concurrency") ?? "4", CultureInfo.InvariantCulture),
            Value("--client-id") ?? "crm-integration",
            Value("--client-secret") ?? "crm-integration-secret",
            Value("--staff-email"),
            Value("--staff-password") ?? "crmgraph-demo-password",
            Value("--mode") ?? "latency",
            int.Parse(Value("--subscribers") ?? "1000", CultureInfo.InvariantCulture),
            int.Parse(Value("--rounds") ?? "20", CultureInfo.InvariantCulture),
            Value("--server-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Value("--baseline-url") is { } baseline ? new Uri(baseline) : null,
            Value("--operation"),
            Value("--rate") is { } rate ? double.Parse(rate, CultureInfo.InvariantCulture) : null);
    }
}
