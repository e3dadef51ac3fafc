using CrmGraph.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using static CrmGraph.Identity.SignIn.SignInPage;

namespace CrmGraph.Identity.Accounts;

/// <summary>
/// Staff self-service on the embedded server: setting a password from a one-time link (no sign-in needed: the
/// link is the proof), and, once signed in, changing it or ending every session.
/// </summary>
internal static class AccountEndpoints
{
    public const string ChangePasswordPath = "/account/password";
    public const string SignOutEverywherePath = "/account/signout-everywhere";

    private const string ExpiredLink = "This link has expired or was already used. Ask an administrator for a new one.";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(StaffAccounts.SetPasswordPath, ShowSetPassword);
        endpoints.MapPost(StaffAccounts.SetPasswordPath, SetPasswordAsync);
        endpoints.MapGet(ChangePasswordPath, ShowChangePasswordAsync);
        endpoints.MapPost(ChangePasswordPath, ChangePasswordAsync);
        endpoints.MapPost(SignOutEverywherePath, SignOutEverywhereAsync);
    }

    private static IResult ShowSetPassword(HttpContext http, IAntiforgery antiforgery, string? account, string? token)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return account is null || token is null
            ? Message("Set your password", ExpiredLink)
            : AccountPages.SetPasswordForm(account, token, tokens.FormFieldName, tokens.RequestToken!);
    }

    private static async Task<IResult> SetPasswordAsync(HttpContext http, IAntiforgery antiforgery, UserManager<StaffAccount> accounts)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest("The form expired; open the link again.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var user = await accounts.FindByIdAsync(form["account"].ToString()).ConfigureAwait(false);
        var result = user is null
            ? IdentityResult.Failed(new IdentityError { Description = ExpiredLink })
            : await accounts.ResetPasswordAsync(user, form["token"].ToString(), form["password"].ToString()).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return Message("Password set", "Your password is set. Sign in through your CrmGraph app.");
        }

        var problem = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) || user is null
            ? ExpiredLink
            : string.Join(" ", result.Errors.Select(e => e.Description));
        var tokens = antiforgery.GetAndStoreTokens(http);
        return AccountPages.SetPasswordForm(form["account"].ToString(), form["token"].ToString(), tokens.FormFieldName, tokens.RequestToken!, problem, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ShowChangePasswordAsync(HttpContext http, IAntiforgery antiforgery, UserManager<StaffAccount> accounts)
    {
        if (await SignedInAccountAsync(http, accounts).ConfigureAwait(false) is null)
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = ChangePasswordPath }, [IdentityConstants.ApplicationScheme]);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return AccountPages.ChangePasswordForm(tokens.FormFieldName, tokens.RequestToken!);
    }

    private static async Task<IResult> ChangePasswordAsync(HttpContext http, IAntiforgery antiforgery, UserManager<StaffAccount> accounts, StaffAccounts staffAccounts)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest("The form expired; reload the page and try again.");
        }

        if (await SignedInAccountAsync(http, accounts).ConfigureAwait(false) is not { } account)
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = ChangePasswordPath }, [IdentityConstants.ApplicationScheme]);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var result = await accounts.ChangePasswordAsync(account, form["currentPassword"].ToString(), form["password"].ToString()).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return AccountPages.ChangePasswordForm(tokens.FormFieldName, tokens.RequestToken!, string.Join(" ", result.Errors.Select(e => e.Description)), StatusCodes.Status400BadRequest);
        }

        // A changed password ends the other sessions, which may be why it was changed.
        await staffAccounts.SignOutEverywhereAsync(account).ConfigureAwait(false);
        await http.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        return Message("Password changed", "Your password is changed and every session signed out. Sign in again with the new password.");
    }

    private static async Task<IResult> SignOutEverywhereAsync(HttpContext http, IAntiforgery antiforgery, UserManager<StaffAccount> accounts, StaffAccounts staffAccounts)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest("The form expired; reload the page and try again.");
        }

        if (await SignedInAccountAsync(http, accounts).ConfigureAwait(false) is { } account)
        {
            await staffAccounts.SignOutEverywhereAsync(account).ConfigureAwait(false);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        return Message("Signed out everywhere", "Every session and token of your account has ended.");
    }

    /// <summary>The account of the sign-in cookie, or null when nobody (still) valid is signed in.</summary>
    internal static async Task<StaffAccount?> SignedInAccountAsync(HttpContext http, UserManager<StaffAccount> accounts)
    {
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        return session.Succeeded ? await accounts.GetUserAsync(session.Principal).ConfigureAwait(false) : null;
    }
}
