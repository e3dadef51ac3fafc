using System.Threading.RateLimiting;
using CrmGraph.Identity.Callers;

namespace CrmGraph.Server.RateLimiting;

/// <summary>
/// Limits GraphQL requests (and WebSocket connection attempts) per OAuth client, with ASP.NET Core's rate limiter:
/// one token bucket per client id, per signed-in staff member within a client (staff share their front-end's
/// client id), and per remote address for callers without a valid token.
/// </summary>
public static class ClientRateLimiting
{
    private const string Policy = "per-client";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new RateLimitingOptions();
        configuration.GetSection(RateLimitingOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        if (options.Enabled)
        {
            services.AddRateLimiter(limiter =>
            {
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = RateLimitedResponse.WriteAsync;
                limiter.AddPolicy(Policy, http => PartitionOf(http, options));
            });
        }

        return services;
    }

    /// <summary>Puts the limiter in the pipeline, after authentication (it partitions by the caller's token).</summary>
    public static IApplicationBuilder UseClientRateLimiting(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.ApplicationServices.GetRequiredService<RateLimitingOptions>().Enabled ? app.UseRateLimiter() : app;
    }

    /// <summary>Limits the requests of <paramref name="endpoints"/> per client.</summary>
    public static TBuilder RequireClientRateLimit<TBuilder>(this TBuilder endpoints, IServiceProvider services)
        where TBuilder : IEndpointConventionBuilder =>
        services.GetRequiredService<RateLimitingOptions>().Enabled ? endpoints.RequireRateLimiting(Policy) : endpoints;

    private static RateLimitPartition<string> PartitionOf(HttpContext http, RateLimitingOptions options)
    {
        var caller = Caller.From(http.User);
        var (key, permits) = caller.ClientId is { } client
            ? (caller.IsStaff ? $"client:{client}/{caller.Subject}" : $"client:{client}", options.Clients.GetValueOrDefault(client, options.PermitsPerMinute))
            : ($"address:{http.Connection.RemoteIpAddress}", options.PermitsPerMinute);
        return permits > 0
            ? RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(permits))
            : RateLimitPartition.GetNoLimiter(key);
    }

    /// <summary>
    /// A bucket of a minute's permits, refilled evenly: whole tokens at least a second apart, so that the rate stays
    /// exact for small limits (3 a minute is one token every 20 s) and the refill cheap for large ones.
    /// </summary>
    private static TokenBucketRateLimiterOptions Bucket(int permitsPerMinute)
    {
        var tokensPerPeriod = (permitsPerMinute + 59) / 60;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = permitsPerMinute,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) * tokensPerPeriod / permitsPerMinute,
            QueueLimit = 0,
            // The partitioned limiter's own timer refills every bucket; one timer per client is not needed.
            AutoReplenishment = false,
        };
    }
}
