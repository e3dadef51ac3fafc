using CrmGraph.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using CrmGraph.Identity.TwoFactor;

namespace CrmGraph.Identity.SignIn;

/// <summary>Staff sign-in and sign-out with their ASP.NET Core Identity account; failures count towards the address's lockout.</summary>
internal static class SignInEndpoints
{
    public const string SignOutPath = "/account/signout";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CrmIdentityServiceCollectionExtensions.SignInPath, ShowSignIn);
        endpoints.MapPost(CrmIdentityServiceCollectionExtensions.SignInPath, SignInAsync);
        endpoints.MapGet(SignOutPath, ShowSignOut);
        endpoints.MapPost(SignOutPath, SignOutAsync);
    }

    private static IResult ShowSignIn(HttpContext http, IAntiforgery antiforgery, string? returnUrl)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return SignInPage.SignInForm(ReturnUrls.LocalOrRoot(returnUrl), tokens.FormFieldName, tokens.RequestToken!);
    }

    /// <summary>
    /// Signs a staff member in. Unknown emails and wrong passwords get the same words after the same work, and count
    /// alike towards the address's lockout for that email (<see cref="SignInAttempts"/>).
    /// </summary>
    private static async Task<IResult> SignInAsync(
        HttpContext http, IAntiforgery antiforgery, SignInManager<StaffAccount> signIn, PasswordCheck passwords, SignInAttempts attempts)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest("The sign-in form expired; reload the page and try again.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var email = form["email"].ToString();
        var returnUrl = ReturnUrls.LocalOrRoot(form["returnUrl"]);
        var address = http.Connection.RemoteIpAddress;
        if (attempts.LockedFor(email, address) is { } wait)
        {
            return Refused(http, antiforgery, returnUrl, email, Locked(wait), StatusCodes.Status429TooManyRequests);
        }

        var account = await signIn.UserManager.FindByEmailAsync(email).ConfigureAwait(false);
        if (await passwords.MatchesAsync(account, form["password"].ToString()).ConfigureAwait(false))
        {
            // The failures so far stay counted until the code is right too, so guesses at the code cannot hide behind the password.
            if (account!.TwoFactorEnabled)
            {
                return await TwoFactorSignInEndpoints.BeginAsync(http, account, returnUrl).ConfigureAwait(false);
            }

            attempts.Forget(email, address);
            // Only someone who knows the password learns that an administrator locked the account.
            if (await signIn.UserManager.IsLockedOutAsync(account).ConfigureAwait(false))
            {
                return Refused(http, antiforgery, returnUrl, email, "This account is locked. Ask an administrator.", StatusCodes.Status403Forbidden);
            }

            await signIn.SignInAsync(account, isPersistent: false).ConfigureAwait(false);
            return Results.LocalRedirect(returnUrl);
        }

        await Task.Delay(attempts.RecordFailure(email, address), http.RequestAborted).ConfigureAwait(false);
        return attempts.LockedFor(email, address) is { } lockedFor
            ? Refused(http, antiforgery, returnUrl, email, Locked(lockedFor), StatusCodes.Status429TooManyRequests)
            : Refused(http, antiforgery, returnUrl, email, "The email or password is not right.", StatusCodes.Status401Unauthorized);
    }

    internal static string Locked(TimeSpan wait) =>
        $"Too many failed attempts: signing in with this email from here is paused for {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} min. Try again later or ask an administrator.";

    private static IResult Refused(HttpContext http, IAntiforgery antiforgery, string returnUrl, string email, string problem, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return SignInPage.SignInForm(returnUrl, tokens.FormFieldName, tokens.RequestToken!, email, problem, status);
    }

    private static IResult ShowSignOut(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return SignInPage.SignOutForm(tokens.FormFieldName, tokens.RequestToken!);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest("The sign-out form expired; reload the page and try again.");
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        return SignInPage.Message("Signed out", "You are signed out of CrmGraph.");
    }
}
