using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>
/// A Development server whose logs are captured and whose tracer and meter providers export into memory, with the
/// product's own sources and meters. The SLA monitor runs only at start-up, so every SQL statement after that is a
/// request's.
/// </summary>
public sealed class ObservedServer : ConfiguredServer
{
    public const string Collection = "observed server";

    public CapturedLogs Logs { get; } = new();

    public SpanRecorder Spans { get; } = new();

    public List<Metric> Metrics { get; } = [];

    public OAuthClient OAuth => new(Server.BaseAddress);

    protected override string Environment => "Development";

    protected override string[] Settings(string dataFolder) => ["--Complaints:SlaCheckInterval", "1.00:00:00"];

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Logging.AddProvider(Logs);
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddProcessor(Spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics));
    }
}
