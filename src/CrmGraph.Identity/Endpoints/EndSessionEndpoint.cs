using CrmGraph.Identity.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace CrmGraph.Identity.Endpoints;

/// <summary>
/// RP-initiated logout: ends the staff sign-in session and returns to the client's post-logout address, but only when
/// the request shows the staff member asked for it: an <c>id_token_hint</c> (checked by the server) issued to the
/// signed-in staff member, or a confirmation posted with an anti-forgery token. Anything else (a cross-site GET, say)
/// gets the confirmation page and signs nobody out.
/// </summary>
internal static class EndSessionEndpoint
{
    public const string Path = "/connect/endsession";

    public static async Task<IResult> HandleAsync(HttpContext http, IAntiforgery antiforgery)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (!await HintNamesSignedInStaffAsync(http).ConfigureAwait(false) && !await ConfirmedAsync(http, antiforgery).ConfigureAwait(false))
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            var parameters = request.GetParameters()
                .Where(p => p.Key is not "confirm" && p.Key != tokens.FormFieldName)
                .Select(p => KeyValuePair.Create(p.Key, p.Value.ToString() ?? string.Empty));
            return SignInPage.EndSessionForm(Path, parameters, tokens.FormFieldName, tokens.RequestToken!);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>True when the server validated an <c>id_token_hint</c> whose subject is the account signed in in this browser.</summary>
    private static async Task<bool> HintNamesSignedInStaffAsync(HttpContext http)
    {
        var hint = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).ConfigureAwait(false);
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        var hinted = hint.Principal?.GetClaim(Claims.Subject);
        var signedIn = session.Principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return hinted is not null && string.Equals(hinted, signedIn, StringComparison.Ordinal);
    }

    private static async Task<bool> ConfirmedAsync(HttpContext http, IAntiforgery antiforgery) =>
        HttpMethods.IsPost(http.Request.Method)
        && http.Request.HasFormContentType
        && (await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false))["confirm"] == "yes"
        && await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false);
}
