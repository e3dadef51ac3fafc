using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>Gets tokens from the running server's real token endpoint, the way a client application does.</summary>
public sealed class OAuthClient(Uri baseAddress, HttpMessageHandler? handler = null)
{
    public const string AllStaffScopes = "openid profile offline_access crm.read crm.write complaints.subscribe staff.performance pricing.admin";

    public Uri BaseAddress { get; } = baseAddress;

    public Task<TokenResponse> ClientCredentialsAsync(string clientId, string secret, string scope) =>
        PostTokenAsync([new("grant_type", "client_credentials"), new("scope", scope)], (clientId, secret));

    public Task<TokenResponse> RefreshAsync(string refreshToken, string clientId = "crm-web") =>
        PostTokenAsync([new("grant_type", "refresh_token"), new("refresh_token", refreshToken), new("client_id", clientId)]);

    /// <summary>Signs a staff member in through the authorization code + PKCE flow and redeems the code.</summary>
    public async Task<TokenResponse> SignInStaffAsync(string email, string password, string scope = AllStaffScopes)
    {
        using var browser = new StaffBrowser(BaseAddress);
        var code = await browser.AuthorizeAsync(email, password, scope);
        return await RedeemCodeAsync(code, browser.CodeVerifier);
    }

    public Task<TokenResponse> RedeemCodeAsync(string code, string codeVerifier, string clientId = StaffBrowser.ClientId, string redirectUri = StaffBrowser.RedirectUri) =>
        PostTokenAsync(
        [
            new("grant_type", "authorization_code"),
            new("code", code),
            new("code_verifier", codeVerifier),
            new("redirect_uri", redirectUri),
            new("client_id", clientId),
        ]);

    public async Task<TokenResponse> PostTokenAsync(IEnumerable<KeyValuePair<string, string>> form, (string Id, string Secret)? client = null)
    {
        var (status, body) = await PostFormAsync("/connect/token", form, client);
        return new TokenResponse(status, body);
    }

    /// <summary>Asks the revocation endpoint (RFC 7009) to revoke <paramref name="token"/>.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body)> RevokeAsync(string token, string clientId = StaffBrowser.ClientId) =>
        PostFormAsync("/connect/revoke", [new("token", token), new("client_id", clientId)]);

    /// <summary>Asks the introspection endpoint (RFC 7662) about <paramref name="token"/> as a confidential client.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body)> IntrospectAsync(string token, string clientId, string secret) =>
        PostFormAsync("/connect/introspect", [new("token", token)], (clientId, secret));

    /// <summary>The OpenID Connect discovery document.</summary>
    public async Task<JsonElement> DiscoveryAsync()
    {
        using var http = NewHttpClient();
        return JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement.Clone();
    }

    /// <summary>POSTs a form to an OAuth endpoint, with HTTP Basic client authentication when <paramref name="client"/> is given.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostFormAsync(
        string path, IEnumerable<KeyValuePair<string, string>> form, (string Id, string Secret)? client = null)
    {
        using var http = NewHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (client is { } c)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.Id}:{c.Secret}")));
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    private HttpClient NewHttpClient() =>
        handler is null ? new HttpClient { BaseAddress = BaseAddress } : new HttpClient(handler, disposeHandler: false) { BaseAddress = BaseAddress };
}
