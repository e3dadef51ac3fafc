using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace CrmGraph.Identity.Endpoints;

/// <summary>RP-initiated logout: ends the staff sign-in session and returns to the client's post-logout address.</summary>
internal static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
