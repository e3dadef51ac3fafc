using System.Net;
using System.Text.RegularExpressions;

namespace CrmGraph.Server.Tests.Security;

/// <summary>What a staff member does with authenticator codes in their browser: set up the app, and sign in with a code.</summary>
public static partial class TwoFactorBrowsing
{
    public const string AuthenticatorPath = "/account/authenticator";
    public const string CodePath = "/account/signin/code";

    /// <summary>The setup page a signed-in browser gets: the shared key and the otpauth address it shows.</summary>
    public static async Task<(string SharedKey, Uri OtpAuthUri, string Page)> SetupPageAsync(StaffBrowser browser, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.Http.GetStringAsync(AuthenticatorPath + (returnUrl is null ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        return (Text(page, "shared-key"), new Uri(Text(page, "otpauth-uri")), page);
    }

    /// <summary>Posts a first code from the setup page; on success the page lists the recovery codes.</summary>
    public static async Task<(HttpStatusCode Status, string Page)> TurnOnAsync(StaffBrowser browser, string setupPage, string code, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var response = await browser.SubmitFormAsync(setupPage, AuthenticatorPath + "/on", new() { ["code"] = code, ["returnUrl"] = returnUrl ?? StaffBrowser.HiddenValue(setupPage, "returnUrl") });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sets up authenticator codes for the staff member signed in on <paramref name="browser"/>, with the current step's code.</summary>
    public static async Task<(AuthenticatorApp App, long Step, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(StaffBrowser browser)
    {
        var (key, _, page) = await SetupPageAsync(browser);
        var app = AuthenticatorApp.FromSharedKey(key);
        var step = AuthenticatorApp.CurrentStep;
        var (status, codesPage) = await TurnOnAsync(browser, page, app.Code(step));
        Assert.True(status == HttpStatusCode.OK, codesPage);
        return (app, step, RecoveryCodes(codesPage));
    }

    /// <summary>Starts signing in through the front-end with the right password; returns the code step's page, where it must stop.</summary>
    public static async Task<string> PasswordStepAsync(StaffBrowser browser, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var signInPage = await browser.RedirectOfAsync(browser.AuthorizeAddress("openid offline_access crm.read"));
        using var signedIn = await browser.SubmitSignInAsync(signInPage, email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var codePage = signedIn.Headers.Location!.ToString();
        Assert.StartsWith(CodePath + "?", codePage, StringComparison.Ordinal);
        return await browser.Http.GetStringAsync(codePage);
    }

    /// <summary>Posts a code (or recovery code) on the code step's page.</summary>
    public static Task<HttpResponseMessage> SubmitCodeAsync(StaffBrowser browser, string codePage, string code)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return browser.SubmitFormAsync(codePage, CodePath, new() { ["code"] = code, ["returnUrl"] = StaffBrowser.HiddenValue(codePage, "returnUrl") });
    }

    /// <summary>Posts a code that must be accepted, follows the way back to the authorization endpoint and returns the authorization code.</summary>
    public static async Task<string> CompleteWithCodeAsync(StaffBrowser browser, string codePage, string code)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var accepted = await SubmitCodeAsync(browser, codePage, code);
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
        return browser.CodeFrom(await browser.RedirectOfAsync(accepted.Headers.Location!.ToString()));
    }

    public static IReadOnlyList<string> RecoveryCodes(string page) =>
        RecoveryCode().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups["code"].Value)).ToList();

    private static string Text(string page, string id) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"<code id=\"{id}\">(?<text>[^<]*)</code>").Groups["text"].Value);

    [GeneratedRegex("<li><code>(?<code>[^<]*)</code></li>")]
    private static partial Regex RecoveryCode();
}
