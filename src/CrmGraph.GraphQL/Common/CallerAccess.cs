using CrmGraph.Data.Access;
using CrmGraph.Identity.Callers;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.Common;

/// <summary>Before each execution, limits its unit of work to what the caller may see.</summary>
internal static class CallerAccess
{
    public static void Establish(ExecutionOptions execution)
    {
        var caller = Caller.From(execution.User ?? new System.Security.Claims.ClaimsPrincipal());
        var scope = execution.RequestServices!.GetRequiredService<DataAccessScope>();
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
