using System.Security.Claims;
using System.Threading.RateLimiting;
using CrmGraph.GraphQL.AspNetCore.RateLimiting;
using CrmGraph.Identity.Callers;

namespace CrmGraph.Server.RateLimiting;

/// <summary>
/// One token bucket of operations per client: per OAuth client id, per signed-in staff member within a client (staff
/// share their front-end's client id), and per remote address for callers without a valid token.
/// </summary>
internal sealed class ClientOperationLimiter(RateLimitingOptions options) : IOperationRateLimiter, IDisposable
{
    private readonly PartitionedRateLimiter<ClientKey> _buckets = PartitionedRateLimiter.Create<ClientKey, string>(client =>
        client.PermitsPerMinute > 0
            ? RateLimitPartition.GetTokenBucketLimiter(client.Key, _ => Bucket(client.PermitsPerMinute))
            : RateLimitPartition.GetNoLimiter(client.Key));

    public bool TryAcquire(HttpContext context, ClaimsPrincipal user, int operations, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var client = KeyOf(context, user);
        retryAfter = TimeSpan.Zero;
        if (client.PermitsPerMinute > 0 && operations > client.PermitsPerMinute)
        {
            // More than a whole minute's worth at once can never be granted; waiting a minute at least lets a smaller batch through.
            retryAfter = TimeSpan.FromMinutes(1);
            return false;
        }

        using var lease = _buckets.AttemptAcquire(client, operations);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return false;
    }

    public void Dispose() => _buckets.Dispose();

    private ClientKey KeyOf(HttpContext context, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        return caller.ClientId is { } client
            ? new ClientKey(caller.IsStaff ? $"client:{client}/{caller.Subject}" : $"client:{client}", options.Clients.GetValueOrDefault(client, options.PermitsPerMinute))
            : new ClientKey($"address:{context.Connection.RemoteIpAddress}", options.PermitsPerMinute);
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

    /// <summary>Whose bucket, and how large it is.</summary>
    private readonly record struct ClientKey(string Key, int PermitsPerMinute);
}
