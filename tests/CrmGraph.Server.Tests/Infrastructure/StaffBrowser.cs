using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Web;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// Plays the browser of a staff member using the <c>crm-web</c> front-end: follows the authorization
/// endpoint to the sign-in page, submits the form with its anti-forgery token, and catches the code at the
/// front-end's redirect address. Redirects are followed by hand so each step can be checked.
/// </summary>
public sealed partial class StaffBrowser : IDisposable
{
    public const string ClientId = "crm-web";
    public const string RedirectUri = "http://localhost:5173/signin-callback";

    private readonly HttpClient _http;

    public StaffBrowser(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        CodeVerifier = Jwt.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
    }

    public string CodeVerifier { get; }

    public string CodeChallenge => Jwt.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier)));

    public string State { get; } = Guid.NewGuid().ToString("N");

    public HttpClient Http => _http;

    /// <summary>The authorization request address, with PKCE unless <paramref name="withPkce"/> is false.</summary>
    public string AuthorizeAddress(string scope, bool withPkce = true)
    {
        var query = HttpUtility.ParseQueryString(string.Empty);
        query["client_id"] = ClientId;
        query["response_type"] = "code";
        query["redirect_uri"] = RedirectUri;
        query["scope"] = scope;
        query["state"] = State;
        if (withPkce)
        {
            query["code_challenge"] = CodeChallenge;
            query["code_challenge_method"] = "S256";
        }

        return "/connect/authorize?" + query;
    }

    /// <summary>Runs the whole front-channel: authorize, sign in, authorize again; returns the code.</summary>
    public async Task<string> AuthorizeAsync(string email, string password, string scope)
    {
        using var first = await _http.GetAsync(AuthorizeAddress(scope));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var signInPage = first.Headers.Location!;
        using var signedIn = await SubmitSignInAsync(signInPage, email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var back = await _http.GetAsync(signedIn.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.ToString(), StringComparison.Ordinal);
        var parameters = HttpUtility.ParseQueryString(callback.Query);
        Assert.Equal(State, parameters["state"]);
        return parameters["code"] ?? throw new InvalidOperationException($"No code in {callback}");
    }

    /// <summary>Loads the sign-in page at <paramref name="signInPage"/> and posts its form.</summary>
    public async Task<HttpResponseMessage> SubmitSignInAsync(Uri signInPage, string email, string password)
    {
        var page = await _http.GetStringAsync(signInPage);
        var form = new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = HiddenValue(page, "returnUrl"),
        };
        var antiforgery = AntiforgeryField().Match(page);
        form[antiforgery.Groups["name"].Value] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value);
        return await _http.PostAsync("/account/signin", new FormUrlEncodedContent(form));
    }

    public void Dispose() => _http.Dispose();

    private static string HiddenValue(string page, string name) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\" value=\"(?<value>[^\"]*)\"").Groups["value"].Value);

    [GeneratedRegex("name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex AntiforgeryField();
}
