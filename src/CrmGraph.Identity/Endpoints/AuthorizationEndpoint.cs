using OpenIddict.Server.AspNetCore;
using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using CrmGraph.Identity.TwoFactor;

namespace CrmGraph.Identity.Endpoints;

/// <summary>
/// The authorization code flow's front door: a staff member not yet signed in is sent to the sign-in page
/// and back; a signed-in one gets a code for the scopes their role allows. CrmGraph's own front-ends need
/// no consent screen. An Administrator without authenticator codes is first sent to turn them on when
/// <c>Auth:RequireTwoFactorForAdministrators</c> says so.
/// </summary>
internal static class AuthorizationEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, UserManager<StaffAccount> accounts, CrmDbContext db, AuthOptions options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        var account = session.Succeeded ? await accounts.GetUserAsync(session.Principal).ConfigureAwait(false) : null;
        if (account is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return OAuthErrors.Forbid(Errors.LoginRequired, "The staff member is not signed in.");
            }

            return Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnAddress(http, request) }, [IdentityConstants.ApplicationScheme]);
        }

        if (!account.TwoFactorEnabled && await AdministratorTwoFactor.IsRequiredAsync(db, account, options, http.RequestAborted).ConfigureAwait(false))
        {
            return request.HasPromptValue(PromptValues.None)
                ? OAuthErrors.Forbid(Errors.InteractionRequired, "The administrator must turn on authenticator codes first.")
                : Results.LocalRedirect(AuthenticatorEndpoints.Path + QueryString.Create("returnUrl", ReturnAddress(http, request)));
        }

        var principal = await StaffPrincipals.CreateAsync(db, account, request.GetScopes(), options, http.RequestAborted).ConfigureAwait(false);
        return principal is null
            ? OAuthErrors.Forbid(Errors.AccessDenied, "The staff member is no longer active.")
            : OAuthErrors.SignIn(principal);
    }

    /// <summary>This request again, as a GET without <c>prompt</c>, so returning from sign-in does not ask to sign in again.</summary>
    private static string ReturnAddress(HttpContext http, OpenIddictRequest request)
    {
        var parameters = request.GetParameters()
            .Where(p => p.Key != Parameters.Prompt)
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()));
        return http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
    }
}
