using System.Net;

namespace CrmGraph.Server.Tests.Security;

/// <summary>Refresh tokens rotate on every use, a reused one ends the whole grant, and clients can revoke and introspect tokens.</summary>
[Collection(ServerCollection.Name)]
public sealed class RefreshTokenTests(CrmServerFixture server)
{
    private const string Scopes = "openid offline_access crm.read";

    [Fact]
    public async Task A_refresh_returns_a_new_access_token_and_a_new_refresh_token()
    {
        var signedIn = await SignInAsync();
        var refreshed = await server.OAuth.RefreshAsync(signedIn.RefreshToken!);

        Assert.Null(refreshed.Error);
        Assert.NotNull(refreshed.RefreshToken);
        Assert.NotEqual(signedIn.RefreshToken, refreshed.RefreshToken);
        Assert.NotEqual(signedIn.AccessToken, refreshed.AccessToken);
        Assert.Equal(signedIn.AccessTokenClaims.GetProperty("sub").GetString(), refreshed.AccessTokenClaims.GetProperty("sub").GetString());
        Assert.Equal("Agent", refreshed.AccessTokenClaims.GetProperty("role").GetString());
        using var client = server.ClientWithToken(refreshed.AccessToken);
        await client.DataAsync("{ customers(first: 1) { totalCount } }");
    }

    [Fact]
    public async Task Reusing_a_refresh_token_is_refused_and_revokes_the_token_that_replaced_it()
    {
        var signedIn = await SignInAsync();
        var rotated = await server.OAuth.RefreshAsync(signedIn.RefreshToken!);
        Assert.Null(rotated.Error);

        var reused = await server.OAuth.RefreshAsync(signedIn.RefreshToken!);
        Assert.Equal("invalid_grant", reused.Error);

        // Whoever replayed it may hold the rotated one too: the whole chain is dead.
        Assert.Equal("invalid_grant", (await server.OAuth.RefreshAsync(rotated.RefreshToken!)).Error);
    }

    [Fact]
    public async Task A_revoked_refresh_token_no_longer_refreshes()
    {
        var signedIn = await SignInAsync();
        var (status, _) = await server.OAuth.RevokeAsync(signedIn.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, status);

        Assert.Equal("invalid_grant", (await server.OAuth.RefreshAsync(signedIn.RefreshToken!)).Error);
    }

    [Fact]
    public async Task A_partner_portal_can_introspect_its_own_token_but_not_another_portals()
    {
        var north = await server.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read");

        var (status, own) = await server.OAuth.IntrospectAsync(north.AccessToken, "partner-north", "partner-north-secret");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(own.GetProperty("active").GetBoolean());
        Assert.Equal("partner-north", own.GetProperty("client_id").GetString());
        Assert.Equal("partner-north", own.GetProperty("sub").GetString());
        Assert.Equal("crm-api", own.GetProperty("aud").GetString());

        // Another portal learns nothing about it, not even that it is valid.
        var (_, others) = await server.OAuth.IntrospectAsync(north.AccessToken, "partner-south", "partner-south-secret");
        Assert.False(others.GetProperty("active").GetBoolean());
        Assert.Single(others.EnumerateObject());
    }

    private async Task<TokenResponse> SignInAsync()
    {
        var tokens = await server.OAuth.SignInStaffAsync(CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword, Scopes);
        Assert.NotNull(tokens.RefreshToken);
        return tokens;
    }
}
