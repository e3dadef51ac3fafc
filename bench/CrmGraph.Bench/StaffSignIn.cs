using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CrmGraph.Bench;

/// <summary>
/// Signs a staff member in the way the <c>crm-web</c> front-end does (authorization code + PKCE): follows the
/// authorization endpoint to the sign-in page, posts the form, catches the code at the front-end's redirect
/// address and redeems it. For operations only staff may run, such as staff performance.
/// </summary>
internal static partial class StaffSignIn
{
    private const string ClientId = "crm-web";
    private const string RedirectUri = "http://localhost:5173/signin-callback";
    private const string Scope = "openid crm.read crm.write complaints.subscribe staff.performance";

    public static async Task<string> GetTokenAsync(Uri server, string email, string password)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = server };
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"/connect/authorize?client_id={ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
            $"&scope={Uri.EscapeDataString(Scope)}&state=bench&code_challenge={challenge}&code_challenge_method=S256";

        var signInPage = await RedirectOfAsync(browser, authorize);
        var page = await browser.GetStringAsync(signInPage);
        var antiforgery = AntiforgeryField().Match(page);
        var form = new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = WebUtility.HtmlDecode(ReturnUrlField().Match(page).Groups["value"].Value),
            [antiforgery.Groups["name"].Value] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value),
        };
        using var signedIn = await browser.PostAsync("/account/signin", new FormUrlEncodedContent(form));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in {email} failed with {(int)signedIn.StatusCode}; check --staff-email and --staff-password.");
        }

        var callback = await RedirectOfAsync(browser, signedIn.Headers.Location!.ToString());
        var code = CodeParameter().Match(callback.Query).Groups["code"].Value;
        using var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(
        [
            new("grant_type", "authorization_code"),
            new("code", Uri.UnescapeDataString(code)),
            new("code_verifier", verifier),
            new("redirect_uri", RedirectUri),
            new("client_id", ClientId),
        ]));
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("access_token", out var accessToken)
            ? accessToken.GetString()!
            : throw new InvalidOperationException($"No token for {email}: {body}");
    }

    private static async Task<Uri> RedirectOfAsync(HttpClient browser, string address)
    {
        using var response = await browser.GetAsync(new Uri(address, UriKind.RelativeOrAbsolute));
        return response.StatusCode == HttpStatusCode.Redirect
            ? response.Headers.Location!
            : throw new InvalidOperationException($"Expected a redirect from {address}, got {(int)response.StatusCode}.");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"returnUrl\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex ReturnUrlField();

    [GeneratedRegex("[?&]code=(?<code>[^&]+)")]
    private static partial Regex CodeParameter();
}
