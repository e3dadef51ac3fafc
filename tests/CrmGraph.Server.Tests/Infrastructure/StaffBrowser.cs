using System.Collections.Specialized;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Web;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// Plays the browser of a staff member using a front-end (by default the demo <c>crm-web</c>): follows the authorization
/// endpoint to the sign-in page, submits the form with its anti-forgery token, and catches the code at the
/// front-end's redirect address. Redirects are followed by hand so each step can be checked.
/// </summary>
public sealed partial class StaffBrowser : IDisposable
{
    public const string ClientId = "crm-web";
    public const string RedirectUri = "http://localhost:5173/signin-callback";
    public const string SignInPath = "/account/signin";

    private readonly HttpClient _http;

    /// <param name="baseAddress">The server.</param>
    /// <param name="clientId">The front-end's client id.</param>
    /// <param name="redirectUri">The front-end's registered redirect address.</param>
    /// <param name="trustedThumbprint">Over TLS, the only server certificate to trust.</param>
    public StaffBrowser(Uri baseAddress, string clientId = ClientId, string redirectUri = RedirectUri, string? trustedThumbprint = null)
        : this(baseAddress, Handler(trustedThumbprint), clientId, redirectUri)
    {
    }

    /// <summary>A browser whose requests come from the loopback address <paramref name="source"/>.</summary>
    public StaffBrowser(Uri baseAddress, IPAddress source)
        : this(baseAddress, LoopbackSource.Handler(source), ClientId, RedirectUri)
    {
    }

    private StaffBrowser(Uri baseAddress, HttpMessageHandler handler, string clientId, string redirectUri)
    {
        _http = new HttpClient(handler) { BaseAddress = baseAddress };
        CodeVerifier = Jwt.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        FrontendClientId = clientId;
        FrontendRedirectUri = redirectUri;
    }

    public string FrontendClientId { get; }

    public string FrontendRedirectUri { get; }

    public string CodeVerifier { get; }

    public string CodeChallenge => Jwt.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier)));

    public string State { get; } = Guid.NewGuid().ToString("N");

    public HttpClient Http => _http;

    /// <summary>The authorization request address, with PKCE unless <paramref name="withPkce"/> is false.</summary>
    public string AuthorizeAddress(string scope, bool withPkce = true, string responseType = "code")
    {
        var query = HttpUtility.ParseQueryString(string.Empty);
        query["client_id"] = FrontendClientId;
        query["response_type"] = responseType;
        query["redirect_uri"] = FrontendRedirectUri;
        query["scope"] = scope;
        query["state"] = State;
        query["nonce"] = State;
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
        var signInPage = await RedirectOfAsync(AuthorizeAddress(scope));
        using var signedIn = await SubmitSignInAsync(signInPage, email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return CodeFrom(await RedirectOfAsync(signedIn.Headers.Location!.ToString()));
    }

    /// <summary>GETs <paramref name="address"/>, insists on a redirect and returns where it points.</summary>
    public async Task<Uri> RedirectOfAsync(string address)
    {
        using var response = await _http.GetAsync(new Uri(address, UriKind.RelativeOrAbsolute));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect from {address}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!;
    }

    /// <summary>
    /// GETs an authorization request the server must refuse on the spot, not by redirecting to the client, and
    /// returns the OAuth error and its description from the plain-text page it answers with.
    /// </summary>
    public async Task<(string? Error, string? Description)> RefusedAuthorizationAsync(string address)
    {
        using var response = await _http.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var fields = (await response.Content.ReadAsStringAsync()).Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.Ordinal);
        return (fields.GetValueOrDefault("error"), fields.GetValueOrDefault("error_description"));
    }

    /// <summary>The code the authorization server sent to the front-end's callback, after checking the callback and the state.</summary>
    public string CodeFrom(Uri callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        Assert.StartsWith(FrontendRedirectUri, callback.ToString(), StringComparison.Ordinal);
        var parameters = ResponseParameters(callback);
        Assert.Equal(State, parameters["state"]);
        return parameters["code"] ?? throw new InvalidOperationException($"No code in {callback}");
    }

    /// <summary>The authorization response parameters of a redirect, whether sent in the query or the fragment.</summary>
    public static NameValueCollection ResponseParameters(Uri location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var parameters = HttpUtility.ParseQueryString(location.Query);
        parameters.Add(HttpUtility.ParseQueryString(location.Fragment.TrimStart('#')));
        return parameters;
    }

    /// <summary>
    /// Loads the sign-in page at <paramref name="signInPage"/> (unless <paramref name="page"/> is it, loaded already) and
    /// posts its form, with the page's own return address unless <paramref name="returnUrl"/> replaces it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitSignInAsync(Uri signInPage, string email, string password, string? returnUrl = null, string? page = null)
    {
        page ??= await _http.GetStringAsync(signInPage);
        return await SubmitFormAsync(page, SignInPath, new()
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? HiddenValue(page, "returnUrl"),
        });
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the anti-forgery token of <paramref name="page"/>, as its form would.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var antiforgery = AntiforgeryField().Match(page);
        fields[antiforgery.Groups["name"].Value] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value);
        return await _http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public void Dispose() => _http.Dispose();

    private static HttpClientHandler Handler(string? trustedThumbprint)
    {
        var handler = trustedThumbprint is null ? new HttpClientHandler() : TestKeys.TrustingOnly(trustedThumbprint);
        handler.AllowAutoRedirect = false;
        handler.CookieContainer = new CookieContainer();
        return handler;
    }

    /// <summary>The value of the hidden form field <paramref name="name"/> on a page.</summary>
    public static string HiddenValue(string page, string name) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\" value=\"(?<value>[^\"]*)\"").Groups["value"].Value);

    /// <summary>The problem a page shows in its alert paragraph, or null.</summary>
    public static string? Alert(string page) =>
        AlertParagraph().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["text"].Value) : null;

    [GeneratedRegex("<p role=\"alert\">(?<text>[^<]*)</p>")]
    private static partial Regex AlertParagraph();

    [GeneratedRegex("name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex AntiforgeryField();
}
