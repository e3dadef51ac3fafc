using System.Net;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// With <c>Auth:Authority</c> set, the server runs no authorization server of its own and accepts the tokens
/// of the named provider, found through its discovery document. The shared server plays that provider.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ExternalAuthorityTests(CrmServerFixture provider) : IAsyncLifetime
{
    private readonly RunningServer _api = new();

    public Task InitializeAsync() =>
        _api.StartAsync("Development", "--Auth:Authority", provider.BaseAddress.AbsoluteUri, "--Database:SeedDemoData", "false");

    public Task DisposeAsync() => _api.DisposeAsync().AsTask();

    [Fact]
    public async Task Tokens_from_the_authority_are_accepted_with_their_scopes_and_roles()
    {
        var staff = await provider.OAuth.SignInStaffAsync(CrmServerFixture.AdminEmail, CrmServerFixture.StaffPassword, "openid crm.read");
        using var client = GraphQLClient.For(_api.BaseAddress, staff.AccessToken);
        var data = await client.DataAsync("{ customers { totalCount } staffMembers { totalCount } }");
        Assert.Equal(0, data.GetProperty("customers").GetProperty("totalCount").GetInt32());

        // The scopes still come from the token: a scope it lacks is refused.
        var refused = await client.PostAsync("mutation { createCustomer(input: { name: \"Nope\" }) { errors { code } } }");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes);
    }

    [Fact]
    public async Task Requests_without_a_token_or_with_another_issuers_token_are_refused()
    {
        using var anonymous = GraphQLClient.For(_api.BaseAddress, accessToken: null);
        using var noToken = await anonymous.SendAsync("{ customers { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);

        var partner = await provider.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read");
        var payload = Jwt.Part(partner.AccessToken, 1);
        payload["iss"] = "http://127.0.0.1:1/";
        using var key = Jwt.DevelopmentSigningKey(provider.DataFolder);
        using var foreign = GraphQLClient.For(_api.BaseAddress, Jwt.Sign(Jwt.Part(partner.AccessToken, 0), payload, key));
        using var response = await foreign.SendAsync("{ customers { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_api_offers_no_token_endpoint_of_its_own()
    {
        var token = await new OAuthClient(_api.BaseAddress).PostFormAsync("/connect/token", [new("grant_type", "client_credentials")], ("partner-north", "partner-north-secret"));
        Assert.Equal(HttpStatusCode.NotFound, token.Status);
    }
}
