using System.Security.Claims;

namespace CrmGraph.GraphQL.Administration;

/// <summary>Who the audit trail says made a change.</summary>
public static class AdministrativeActor
{
    /// <summary>The operator at the server's command line (bootstrap verbs).</summary>
    public const string CommandLine = "command line";

    /// <summary>The signed-in administrator: name and staff id, as the access token says.</summary>
    public static string Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Caller();
        var name = context.User?.FindFirst(OpenIddict.Abstractions.OpenIddictConstants.Claims.Name)?.Value ?? context.User?.FindFirst(ClaimTypes.Name)?.Value;
        return $"{name} (staff {caller.StaffId})";
    }
}
