using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace CrmGraph.Identity.Endpoints;

/// <summary>
/// Issues tokens once the embedded server has checked the client and the grant: client credentials for
/// machine clients, and authorization codes and refresh tokens for staff, whose account is checked again so
/// a locked or deactivated person stops getting tokens.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, IOpenIddictApplicationManager applications, UserManager<StaffAccount> accounts, CrmDbContext db, AuthOptions options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var cancellationToken = http.RequestAborted;
        if (request.IsClientCredentialsGrantType())
        {
            var client = await ClientPrincipals.CreateAsync(applications, db, request, options, cancellationToken).ConfigureAwait(false);
            return client is null
                ? OAuthErrors.Forbid(Errors.InvalidClient, "The partner this client is bound to no longer exists or was deactivated.")
                : OAuthErrors.SignIn(client);
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return OAuthErrors.Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
        }

        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).ConfigureAwait(false);
        var account = granted.Principal?.GetClaim(Claims.Subject) is { } subject ? await accounts.FindByIdAsync(subject).ConfigureAwait(false) : null;
        if (account is null || await accounts.IsLockedOutAsync(account).ConfigureAwait(false))
        {
            return OAuthErrors.Forbid(Errors.InvalidGrant, "The staff account is no longer allowed to sign in.");
        }

        var staff = await StaffPrincipals.CreateAsync(db, account, granted.Principal!.GetScopes(), options, cancellationToken).ConfigureAwait(false);
        return staff is null
            ? OAuthErrors.Forbid(Errors.InvalidGrant, "The staff member is no longer active.")
            : OAuthErrors.SignIn(staff);
    }
}
