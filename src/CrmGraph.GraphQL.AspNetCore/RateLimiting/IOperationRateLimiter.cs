using System.Security.Claims;

namespace CrmGraph.GraphQL.AspNetCore.RateLimiting;

/// <summary>
/// The host's rate limit, counted in operations: each operation of an HTTP batch, each operation started on a
/// WebSocket, and each WebSocket connection attempt costs one permit of its caller. Registered as a service, it is
/// asked before anything runs; without one nothing is limited.
/// </summary>
public interface IOperationRateLimiter
{
    /// <summary>
    /// Takes <paramref name="operations"/> permits of <paramref name="user"/>'s allowance (an anonymous caller is known by
    /// <paramref name="context"/>'s connection); false, with how long until they could be had, when there are not enough.
    /// </summary>
    bool TryAcquire(HttpContext context, ClaimsPrincipal user, int operations, out TimeSpan retryAfter);
}
