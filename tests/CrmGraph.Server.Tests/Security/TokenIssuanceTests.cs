using System.Globalization;
using System.Net;

namespace CrmGraph.Server.Tests.Security;

/// <summary>What the token endpoint hands out for each grant it supports, and what it refuses.</summary>
[Collection(ServerCollection.Name)]
public sealed class TokenIssuanceTests(CrmServerFixture server)
{
    [Fact]
    public async Task Client_credentials_tokens_carry_the_client_its_own_partner_the_scopes_and_the_api_audience()
    {
        var north = await server.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read crm.write");
        var south = await server.OAuth.ClientCredentialsAsync("partner-south", "partner-south-secret", "crm.read");
        Assert.Equal(HttpStatusCode.OK, north.Status);
        Assert.Equal("Bearer", north.Body.GetProperty("token_type").GetString());

        var claims = north.AccessTokenClaims;
        Assert.Equal("partner-north", claims.GetProperty("sub").GetString());
        Assert.Equal("partner-north", claims.GetProperty("client_id").GetString());
        Assert.Equal("crm.read crm.write", claims.GetProperty("scope").GetString());
        Assert.Equal("crm-api", claims.GetProperty("aud").GetString());
        Assert.Equal(server.BaseAddress.AbsoluteUri, claims.GetProperty("iss").GetString());
        Assert.Equal("crm.read", south.AccessTokenClaims.GetProperty("scope").GetString());

        // Each portal's token names the partner it is bound to, which the data layer then limits it to.
        var northId = await server.PartnerIdAsync("NORTH");
        var southId = await server.PartnerIdAsync("SOUTH");
        Assert.NotEqual(northId, southId);
        Assert.Equal(northId.ToString(CultureInfo.InvariantCulture), claims.GetProperty("partner_id").GetString());
        Assert.Equal(southId.ToString(CultureInfo.InvariantCulture), south.AccessTokenClaims.GetProperty("partner_id").GetString());
    }

    [Fact]
    public async Task Access_tokens_live_as_long_as_configured()
    {
        var token = await server.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read");
        var claims = token.AccessTokenClaims;
        var lifetime = claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64();
        Assert.InRange(lifetime, CrmServerFixture.AccessTokenLifetime.TotalSeconds - 5, CrmServerFixture.AccessTokenLifetime.TotalSeconds + 5);
        Assert.InRange(token.Body.GetProperty("expires_in").GetInt64(), CrmServerFixture.AccessTokenLifetime.TotalSeconds - 5, CrmServerFixture.AccessTokenLifetime.TotalSeconds);
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_invalid_client_and_no_token()
    {
        var token = await server.OAuth.ClientCredentialsAsync("partner-north", "partner-south-secret", "crm.read");
        AssertRefused(token, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task A_scope_the_client_was_not_granted_is_refused_as_invalid_scope()
    {
        // staff.performance exists on the server but partner portals are not allowed it.
        var notAllowed = await server.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read staff.performance");
        AssertRefused(notAllowed, HttpStatusCode.BadRequest, "invalid_scope");
        Assert.Contains("staff.performance", notAllowed.Body.GetProperty("error_description").GetString(), StringComparison.Ordinal);

        var unknown = await server.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read crm.everything");
        AssertRefused(unknown, HttpStatusCode.BadRequest, "invalid_scope");
    }

    [Fact]
    public async Task The_password_grant_is_not_supported()
    {
        // Passwords are typed into the server's own sign-in page only, never handed to a client.
        var token = await server.OAuth.PostTokenAsync(
            [new("grant_type", "password"), new("username", CrmServerFixture.AdminEmail), new("password", CrmServerFixture.StaffPassword), new("scope", "crm.read")],
            ("partner-north", "partner-north-secret"));
        AssertRefused(token, HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    [Theory]
    [InlineData("token")]
    [InlineData("id_token token")]
    [InlineData("code token")]
    public async Task Implicit_and_hybrid_response_types_are_not_supported(string responseType)
    {
        // Tokens in the front channel (URL fragments) leak through history and referrers; only codes are issued there.
        using var browser = new StaffBrowser(server.BaseAddress);
        var (error, _) = await browser.RefusedAuthorizationAsync(browser.AuthorizeAddress("openid crm.read", responseType: responseType));
        Assert.Equal("unsupported_response_type", error);
    }

    [Fact]
    public async Task Discovery_lists_the_endpoints_the_supported_grants_and_only_s256_pkce()
    {
        var discovery = await server.OAuth.DiscoveryAsync();
        var issuer = server.BaseAddress.AbsoluteUri;
        Assert.Equal(issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(issuer + "connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(issuer + "connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal(issuer + "connect/introspect", discovery.GetProperty("introspection_endpoint").GetString());
        Assert.Equal(issuer + "connect/revoke", discovery.GetProperty("revocation_endpoint").GetString());
        Assert.Equal(issuer + "connect/endsession", discovery.GetProperty("end_session_endpoint").GetString());

        var grants = Strings(discovery.GetProperty("grant_types_supported"));
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], grants.Order(StringComparer.Ordinal));
        Assert.Equal(["code"], Strings(discovery.GetProperty("response_types_supported")));
        Assert.Equal(["S256"], Strings(discovery.GetProperty("code_challenge_methods_supported")));
        Assert.Contains("crm.read", Strings(discovery.GetProperty("scopes_supported")));
    }

    [Fact]
    public async Task The_jwks_publishes_the_public_half_of_the_key_that_signs_access_tokens()
    {
        var discovery = await server.OAuth.DiscoveryAsync();
        using var http = new HttpClient();
        using var jwks = JsonDocument.Parse(await http.GetStringAsync(discovery.GetProperty("jwks_uri").GetString()));
        var token = await server.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read");
        var kid = Jwt.Part(token.AccessToken, 0)["kid"]!.GetValue<string>();

        var key = Assert.Single(jwks.RootElement.GetProperty("keys").EnumerateArray(), k => k.GetProperty("kid").GetString() == kid);
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(key.TryGetProperty("d", out _), "The JWKS must not publish the private exponent.");
        using var signingKey = Jwt.DevelopmentSigningKey(server.DataFolder);
        var expected = signingKey.ExportParameters(includePrivateParameters: false);
        Assert.Equal(Jwt.Base64UrlEncode(expected.Modulus!), key.GetProperty("n").GetString());
        Assert.Equal(Jwt.Base64UrlEncode(expected.Exponent!), key.GetProperty("e").GetString());
    }

    private static void AssertRefused(TokenResponse token, HttpStatusCode status, string error)
    {
        Assert.Equal(status, token.Status);
        Assert.Equal(error, token.Error);
        Assert.False(token.Body.TryGetProperty("access_token", out _));
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
