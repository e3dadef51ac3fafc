using CrmGraph.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CrmGraph.Identity.SignIn;

/// <summary>Staff sign-in and sign-out with their ASP.NET Core Identity account; failures count towards lockout.</summary>
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
        return SignInPage.SignInForm(LocalOrRoot(returnUrl), tokens.FormFieldName, tokens.RequestToken!);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<StaffAccount> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest("The sign-in form expired; reload the page and try again.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var email = form["email"].ToString();
        var returnUrl = LocalOrRoot(form["returnUrl"]);
        var account = await signIn.UserManager.FindByEmailAsync(email).ConfigureAwait(false);
        var result = account is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(account, form["password"].ToString(), isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(returnUrl);
        }

        // The same words for an unknown email and a wrong password, so the page is no oracle for accounts.
        var problem = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a while. Try again later or ask an administrator."
            : "The email or password is not right.";
        var tokens = antiforgery.GetAndStoreTokens(http);
        return SignInPage.SignInForm(returnUrl, tokens.FormFieldName, tokens.RequestToken!, email, problem, StatusCodes.Status401Unauthorized);
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

    /// <summary>Only addresses on this server are followed after sign-in, so the page cannot redirect elsewhere.</summary>
    private static string LocalOrRoot(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
