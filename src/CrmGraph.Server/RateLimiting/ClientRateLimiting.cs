using CrmGraph.GraphQL.AspNetCore.RateLimiting;

namespace CrmGraph.Server.RateLimiting;

/// <summary>
/// Limits GraphQL operations per client: each operation of an HTTP batch, each operation started on a WebSocket and
/// each WebSocket connection attempt takes a permit from the caller's bucket (see <see cref="ClientOperationLimiter"/>).
/// </summary>
public static class ClientRateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new RateLimitingOptions();
        configuration.GetSection(RateLimitingOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        if (options.Enabled)
        {
            services.AddSingleton<IOperationRateLimiter, ClientOperationLimiter>();
        }

        return services;
    }
}
