using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Identity.Accounts;
using CrmGraph.Identity.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CrmGraph.Identity.TwoFactor;

/// <summary>
/// Where a signed-in staff member turns authenticator codes on (confirming with a first code, getting recovery codes once)
/// or off (with a code). Wrong codes count towards the same lockout as wrong passwords.
/// </summary>
internal static class AuthenticatorEndpoints
{
    public const string Path = "/account/authenticator";
    public const string TurnOnPath = "/account/authenticator/on";
    public const string TurnOffPath = "/account/authenticator/off";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ShowAsync);
        endpoints.MapPost(TurnOnPath, TurnOnAsync);
        endpoints.MapPost(TurnOffPath, TurnOffAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, IAntiforgery antiforgery, UserManager<StaffAccount> accounts, StaffAuthenticators authenticators, string? returnUrl)
    {
        returnUrl = ReturnUrls.LocalOrRoot(returnUrl);
        if (await AccountEndpoints.SignedInAccountAsync(http, accounts).ConfigureAwait(false) is not { } account)
        {
            return ChallengeBackTo(http);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return account.TwoFactorEnabled
            ? AuthenticatorPages.TurnOffForm(tokens.FormFieldName, tokens.RequestToken!)
            : AuthenticatorPages.SetupForm(await authenticators.SetupAsync(account).ConfigureAwait(false), returnUrl, tokens.FormFieldName, tokens.RequestToken!);
    }

    private static async Task<IResult> TurnOnAsync(
        HttpContext http, IAntiforgery antiforgery, SignInManager<StaffAccount> signIn, StaffAuthenticators authenticators, SignInAttempts attempts)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest("The form expired; reload the page and try again.");
        }

        if (await AccountEndpoints.SignedInAccountAsync(http, signIn.UserManager).ConfigureAwait(false) is not { } account)
        {
            return ChallengeBackTo(http);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var returnUrl = ReturnUrls.LocalOrRoot(form["returnUrl"]);
        if (account.TwoFactorEnabled)
        {
            return Results.LocalRedirect(returnUrl);
        }

        var problem = CodeProblem.Locked(http, attempts, account);
        var recoveryCodes = problem is null ? await authenticators.TurnOnAsync(account, form["code"].ToString()).ConfigureAwait(false) : null;
        if (recoveryCodes is null)
        {
            problem ??= await CodeProblem.AfterWrongCodeAsync(http, attempts, account).ConfigureAwait(false);
            var tokens = antiforgery.GetAndStoreTokens(http);
            var setup = await authenticators.SetupAsync(account).ConfigureAwait(false);
            return AuthenticatorPages.SetupForm(setup, returnUrl, tokens.FormFieldName, tokens.RequestToken!, problem.Message, problem.Status);
        }

        attempts.Forget(account.Email!, http.Connection.RemoteIpAddress);
        // Turning codes on changed the account's security stamp, which would end this very session.
        await signIn.RefreshSignInAsync(account).ConfigureAwait(false);
        return AuthenticatorPages.RecoveryCodes(recoveryCodes, returnUrl);
    }

    private static async Task<IResult> TurnOffAsync(
        HttpContext http, IAntiforgery antiforgery, SignInManager<StaffAccount> signIn, StaffAuthenticators authenticators, SignInAttempts attempts, CrmDbContext db, AuthOptions options)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest("The form expired; reload the page and try again.");
        }

        if (await AccountEndpoints.SignedInAccountAsync(http, signIn.UserManager).ConfigureAwait(false) is not { } account)
        {
            return ChallengeBackTo(http);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        if (await AdministratorTwoFactor.IsRequiredAsync(db, account, options, http.RequestAborted).ConfigureAwait(false))
        {
            return AuthenticatorPages.TurnOffForm(
                tokens.FormFieldName, tokens.RequestToken!, "Administrators must keep authenticator codes on here. Ask another administrator to reset them if your phone is lost.", StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var problem = CodeProblem.Locked(http, attempts, account);
        if (problem is null && !await authenticators.RedeemCodeAsync(account, form["code"].ToString()).ConfigureAwait(false))
        {
            problem = await CodeProblem.AfterWrongCodeAsync(http, attempts, account).ConfigureAwait(false);
        }

        if (problem is not null)
        {
            return AuthenticatorPages.TurnOffForm(tokens.FormFieldName, tokens.RequestToken!, problem.Message, problem.Status);
        }

        attempts.Forget(account.Email!, http.Connection.RemoteIpAddress);
        await authenticators.TurnOffAsync(account).ConfigureAwait(false);
        await signIn.RefreshSignInAsync(account).ConfigureAwait(false);
        return SignInPage.Message("Authenticator codes are off", "Signing in asks for your password only.");
    }

    private static IResult ChallengeBackTo(HttpContext http) =>
        Results.Challenge(new AuthenticationProperties { RedirectUri = Path + http.Request.QueryString }, [IdentityConstants.ApplicationScheme]);
}
