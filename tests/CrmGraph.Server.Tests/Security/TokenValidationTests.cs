using System.Net;
using System.Security.Cryptography;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// The API accepts only unexpired access tokens its issuer signed for its audience. Forged tokens are
/// signed with the Development key itself, so each refusal proves one check; the control token, forged the
/// same way with nothing wrong, is accepted.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class TokenValidationTests(CrmServerFixture server)
{
    private const string Query = "{ customers(first: 1) { totalCount } }";

    [Fact]
    public async Task An_anonymous_request_is_challenged_for_a_bearer_token()
    {
        using var anonymous = server.ClientWithToken(null);
        foreach (var document in new[] { Query, "{ __schema { queryType { name } } }" })
        {
            using var response = await anonymous.SendAsync(document);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
            Assert.DoesNotContain("\"data\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_token_that_is_not_a_jwt_is_an_invalid_token()
    {
        using var response = await SendWithAsync("not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correctly_forged_token_is_accepted_which_is_what_makes_the_refusals_meaningful()
    {
        using var response = await SendWithAsync(await server.ForgeTokenAsync((_, _) => { }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("data").GetProperty("customers").GetProperty("totalCount").GetInt32() > 0);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("other audience")]
    [InlineData("no audience")]
    [InlineData("other issuer")]
    [InlineData("not an access token")]
    public async Task A_correctly_signed_token_that_breaks_one_rule_is_refused(string rule)
    {
        var now = DateTimeOffset.UtcNow;
        using var response = await SendWithAsync(await server.ForgeTokenAsync((header, payload) =>
        {
            switch (rule)
            {
                case "expired":
                    // Well beyond any clock skew allowance.
                    payload["iat"] = now.AddHours(-2).ToUnixTimeSeconds();
                    payload["exp"] = now.AddHours(-1).ToUnixTimeSeconds();
                    break;
                case "other audience":
                    payload["aud"] = "billing-api";
                    break;
                case "no audience":
                    payload.Remove("aud");
                    break;
                case "other issuer":
                    payload["iss"] = "https://issuer.evil.example/";
                    break;
                case "not an access token":
                    // An id token, say: signed by the same key but not meant for APIs.
                    header["typ"] = "JWT";
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(rule));
            }
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_token_whose_partner_was_changed_keeps_no_valid_signature()
    {
        var north = await NorthTokenAsync();
        var parts = north.Split('.');
        var payload = Jwt.Part(north, 1);
        payload["partner_id"] = (await server.PartnerIdAsync("SOUTH")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tampered = $"{parts[0]}.{Jwt.Base64UrlEncode(payload.ToJsonString())}.{parts[2]}";

        using var response = await SendWithAsync(tampered);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_under_the_servers_key_id_is_refused()
    {
        var north = await NorthTokenAsync();
        using var otherKey = RSA.Create(2048);
        using var response = await SendWithAsync(Jwt.Sign(Jwt.Part(north, 0), Jwt.Part(north, 1), otherKey));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var north = await NorthTokenAsync();
        var header = Jwt.Part(north, 0);
        header["alg"] = "none";
        using var response = await SendWithAsync($"{Jwt.Base64UrlEncode(header.ToJsonString())}.{north.Split('.')[1]}.");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_id_token_is_not_accepted_as_an_access_token()
    {
        var tokens = await server.OAuth.SignInStaffAsync(CrmServerFixture.AdminEmail, CrmServerFixture.StaffPassword, "openid crm.read");
        using var response = await SendWithAsync(tokens.Body.GetProperty("id_token").GetString()!);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> NorthTokenAsync() =>
        (await server.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read")).AccessToken;

    private async Task<HttpResponseMessage> SendWithAsync(string token)
    {
        using var client = server.ClientWithToken(token);
        return await client.SendAsync(Query);
    }
}
