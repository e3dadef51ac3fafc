using System.Globalization;
using CrmGraph.Data.Accounts;
using CrmGraph.Identity.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CrmGraph.Identity.TwoFactor;

/// <summary>
/// The sign-in step after the password for accounts with authenticator codes on: the password's success is held in a
/// short-lived cookie of its own, and only a current, unused code (or an unused recovery code) turns it into a sign-in.
/// </summary>
internal static class TwoFactorSignInEndpoints
{
    public const string CodePath = "/account/signin/code";

    /// <summary>How long after the password the code may be entered.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The cookie between a right password and the code. Named apart from Identity's own two-factor schemes, which its
    /// security stamp validator would then also try to sign out of.
    /// </summary>
    public const string PendingScheme = "CrmGraph.TwoFactorPending";

    private const string StampClaim = "crm_security_stamp";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CodePath, ShowAsync);
        endpoints.MapPost(CodePath, SubmitAsync);
    }

    /// <summary>Remembers that <paramref name="account"/>'s password was right and sends the browser to the code step.</summary>
    public static async Task<IResult> BeginAsync(HttpContext http, StaffAccount account, string returnUrl)
    {
        var pending = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.Id.ToString(CultureInfo.InvariantCulture)), new Claim(StampClaim, account.SecurityStamp ?? string.Empty)],
            PendingScheme);
        await http.SignInAsync(PendingScheme, new ClaimsPrincipal(pending)).ConfigureAwait(false);
        return Results.LocalRedirect(CodePath + QueryString.Create("returnUrl", returnUrl));
    }

    private static async Task<IResult> ShowAsync(HttpContext http, IAntiforgery antiforgery, UserManager<StaffAccount> accounts, string? returnUrl)
    {
        returnUrl = ReturnUrls.LocalOrRoot(returnUrl);
        if (await PendingAccountAsync(http, accounts).ConfigureAwait(false) is null)
        {
            return BackToPassword(returnUrl);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return AuthenticatorPages.SignInCodeForm(returnUrl, tokens.FormFieldName, tokens.RequestToken!);
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http, IAntiforgery antiforgery, SignInManager<StaffAccount> signIn, StaffAuthenticators authenticators, SignInAttempts attempts)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest("The sign-in form expired; reload the page and try again.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var returnUrl = ReturnUrls.LocalOrRoot(form["returnUrl"]);
        if (await PendingAccountAsync(http, signIn.UserManager).ConfigureAwait(false) is not { } account)
        {
            return BackToPassword(returnUrl);
        }

        var code = form["code"].ToString();
        var problem = CodeProblem.Locked(http, attempts, account);
        if (problem is null && !await RedeemAsync(authenticators, account, code).ConfigureAwait(false))
        {
            problem = await CodeProblem.AfterWrongCodeAsync(http, attempts, account).ConfigureAwait(false);
        }

        if (problem is not null)
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return AuthenticatorPages.SignInCodeForm(returnUrl, tokens.FormFieldName, tokens.RequestToken!, problem.Message, problem.Status);
        }

        attempts.Forget(account.Email!, http.Connection.RemoteIpAddress);
        await http.SignOutAsync(PendingScheme).ConfigureAwait(false);
        if (await signIn.UserManager.IsLockedOutAsync(account).ConfigureAwait(false))
        {
            return SignInPage.Message("Sign in", "This account is locked. Ask an administrator.");
        }

        await signIn.SignInAsync(account, isPersistent: false).ConfigureAwait(false);
        return Results.LocalRedirect(returnUrl);
    }

    /// <summary>Six digits are an authenticator code; anything else is tried as a recovery code.</summary>
    private static async Task<bool> RedeemAsync(StaffAuthenticators authenticators, StaffAccount account, string code) =>
        code.Count(char.IsDigit) == 6 && code.All(c => char.IsDigit(c) || c == ' ')
            ? await authenticators.RedeemCodeAsync(account, code).ConfigureAwait(false)
            : await authenticators.RedeemRecoveryCodeAsync(account, code).ConfigureAwait(false);

    /// <summary>The account whose password was right moments ago, while nothing about it changed since.</summary>
    private static async Task<StaffAccount?> PendingAccountAsync(HttpContext http, UserManager<StaffAccount> accounts)
    {
        var pending = await http.AuthenticateAsync(PendingScheme).ConfigureAwait(false);
        if (!pending.Succeeded || await accounts.FindByIdAsync(pending.Principal.Identity?.Name ?? string.Empty).ConfigureAwait(false) is not { } account)
        {
            return null;
        }

        return account.TwoFactorEnabled && account.SecurityStamp == pending.Principal.FindFirst(StampClaim)?.Value ? account : null;
    }

    private static IResult BackToPassword(string returnUrl) =>
        Results.LocalRedirect(CrmIdentityServiceCollectionExtensions.SignInPath + QueryString.Create("returnUrl", returnUrl));
}
