using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// Stands in for a host's identity: the <c>X-Test-User</c> header signs an HTTP request in, and the WebSocket
/// hook reads the user and roles from the <c>connection_init</c> payload, or refuses or fails when asked to.
/// </summary>
public static class TestAuthentication
{
    public const string UserHeader = "X-Test-User";
    public const string StoreFailure = "identity store down";

    public static Task SignInFromHeaderAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Request.Headers.TryGetValue(UserHeader, out var user))
        {
            context.User = Principal(user.ToString(), []);
        }

        return next();
    }

    public static ValueTask<ClaimsPrincipal?> AuthenticateConnectionAsync(HttpContext context, IReadOnlyDictionary<string, JsonElement>? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (payload is null)
        {
            return ValueTask.FromResult<ClaimsPrincipal?>(context.User);
        }

        if (payload.ContainsKey("fail"))
        {
            throw new InvalidOperationException(StoreFailure);
        }

        if (payload.ContainsKey("refuse"))
        {
            return ValueTask.FromResult<ClaimsPrincipal?>(null);
        }

        var roles = payload.TryGetValue("roles", out var list) ? list.EnumerateArray().Select(role => role.GetString()!).ToArray() : [];
        return ValueTask.FromResult<ClaimsPrincipal?>(Principal(payload["user"].GetString()!, roles));
    }

    private static ClaimsPrincipal Principal(string name, string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), .. roles.Select(role => new Claim(ClaimTypes.Role, role))], "test"));
}
