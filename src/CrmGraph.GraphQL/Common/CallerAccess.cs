using CrmGraph.Data.Access;
using CrmGraph.Identity.Callers;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.Common;

/// <summary>
/// Limits a service scope's unit of work to what the caller may see, the first time a resolver asks for it:
/// the same for a request, a WebSocket operation and each event of a subscription (each has its own scope).
/// </summary>
internal static class CallerAccess
{
    public static void Establish(IServiceProvider services, System.Security.Claims.ClaimsPrincipal? user)
    {
        var scope = services.GetRequiredService<DataAccessScope>();
        if (scope.Kind != DataAccessKind.Nothing || user is null)
        {
            return;
        }

        var caller = Caller.From(user);
        if (caller.PartnerId is { } partnerId)
        {
            scope.RestrictToPartner(partnerId);
        }
        else if (caller.IsAuthenticated)
        {
            // Staff and internal machine clients see every customer; their scopes and roles limit what they do.
            scope.AllowEverything();
        }
    }
}
