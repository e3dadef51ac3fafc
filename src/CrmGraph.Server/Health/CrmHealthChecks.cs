using CrmGraph.GraphQL.AspNetCore.Events;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CrmGraph.Server.Health;

/// <summary>
/// The probes an orchestrator asks: <c>/health/live</c> (the process serves requests; no dependency is asked, so a
/// database outage does not get every instance restarted) and <c>/health/ready</c> (the database and, when
/// configured, Redis answer, so the instance may take traffic).
/// </summary>
public static class CrmHealthChecks
{
    /// <summary>Where the probes live; requests there are neither traced nor rate limited.</summary>
    public const string PathPrefix = "/health";

    public const string LivePath = PathPrefix + "/live";
    public const string ReadyPath = PathPrefix + "/ready";

    private const string ReadyTag = "ready";

    /// <summary>A dependency slower than this counts as down: probes must answer before the orchestrator gives up on them.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddCrmHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var checks = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: CheckTimeout);
        if (!string.IsNullOrWhiteSpace(configuration[EventBusServiceCollectionExtensions.RedisConfigurationKey]))
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag], timeout: CheckTimeout);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapCrmHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportJson.WriteAsync }).AllowAnonymous();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthReportJson.WriteAsync }).AllowAnonymous();
        return endpoints;
    }
}
