using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace CrmGraph.Identity.Endpoints;

/// <summary>Ends an OAuth request with a standard error response written by the embedded server.</summary>
internal static class OAuthErrors
{
    public static IResult Forbid(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    public static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
