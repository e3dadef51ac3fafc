using CrmGraph.Data.Diagnostics;
using CrmGraph.GraphQL.AspNetCore.Telemetry;
using CrmGraph.Server.Health;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CrmGraph.Server.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics of ASP.NET Core, the SQL statements of EF Core and the GraphQL operations, sent
/// where configuration says: <c>OpenTelemetry:Otlp:Endpoint</c> (traces, metrics and logs over OTLP) and
/// <c>OpenTelemetry:Console</c> (traces and metrics on standard output, for development).
/// </summary>
public static class CrmTelemetry
{
    public const string ServiceName = "CrmGraph";

    /// <summary>
    /// Says what is traced and measured, always, so that anyone who adds an exporter gets the same signals; but builds
    /// the providers (and so starts listening, with its per-request cost) only when something exports.
    /// </summary>
    public static IServiceCollection AddCrmTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !http.Request.Path.StartsWithSegments(CrmHealthChecks.PathPrefix, StringComparison.OrdinalIgnoreCase))
            .AddSource(GraphQLTelemetry.SourceName, DataTelemetry.SourceName));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(GraphQLTelemetry.SourceName, "Microsoft.EntityFrameworkCore"));

        var otlp = configuration["OpenTelemetry:Otlp:Endpoint"];
        var console = configuration.GetValue<bool>("OpenTelemetry:Console");
        if (string.IsNullOrWhiteSpace(otlp) && !console)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(ServiceName));
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            telemetry.UseOtlpExporter(configuration.GetValue("OpenTelemetry:Otlp:Protocol", OtlpExportProtocol.Grpc), new Uri(otlp));
        }

        if (console)
        {
            telemetry.WithTracing(tracing => tracing.AddConsoleExporter()).WithMetrics(metrics => metrics.AddConsoleExporter());
        }

        return services;
    }
}
