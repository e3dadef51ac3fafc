using System.Globalization;
using System.Net;
using System.Net.WebSockets;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// A WebSocket acts on its token only while the token is good: the server closes it with 4403 when the token is
/// revoked and when it expires, and a client renews by reconnecting with a fresh token.
/// </summary>
public sealed class SocketCredentialTests(QuickRevocationServer server) : IClassFixture<QuickRevocationServer>
{
    private const string Query = "{ customers(first: 1) { totalCount } }";

    [Fact]
    public async Task A_socket_whose_token_is_revoked_is_closed_with_4403_and_runs_nothing_more()
    {
        var token = await server.OAuth.ClientCredentialsAsync("partner-south", "partner-south-secret", "crm.read complaints.subscribe");
        await using var socket = await SubscriptionSocket.ConnectAsync(server.BaseAddress, token.AccessToken);
        await socket.SubscribeAsync("before", Query);
        Assert.Equal("next", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync())?.GetProperty("type").GetString());

        var (status, _) = await server.OAuth.PostFormAsync("/connect/revoke", [new("token", token.AccessToken)], ("partner-south", "partner-south-secret"));
        Assert.Equal(HttpStatusCode.OK, status);
        await Task.Delay(server.RevocationCheckInterval * 1.2);
        await socket.SubscribeAsync("after", Query);

        Assert.Equal((WebSocketCloseStatus)4403, await socket.ClosedAsync());
        Assert.Contains("no longer valid", socket.CloseDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscribed_socket_is_closed_once_its_token_is_revoked_even_if_it_starts_nothing()
    {
        var token = await server.OAuth.ClientCredentialsAsync("partner-south", "partner-south-secret", "crm.read complaints.subscribe");
        await using var socket = await SubscriptionSocket.ConnectAsync(server.BaseAddress, token.AccessToken);
        await socket.SubscribeAsync("feed", "subscription { complaintFiled { id } }");
        await socket.PingAsync();

        await server.OAuth.PostFormAsync("/connect/revoke", [new("token", token.AccessToken)], ("partner-south", "partner-south-secret"));

        Assert.Equal((WebSocketCloseStatus)4403, await socket.ClosedAsync());
    }

    /// <summary>A Development server whose access tokens live five seconds.</summary>
    public sealed class ShortTokenServer : ConfiguredServer
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

        protected override string Environment => "Development";

        protected override string[] Settings(string dataFolder) =>
            ["--Auth:AccessTokenLifetime", Lifetime.ToString("c", CultureInfo.InvariantCulture), "--RateLimiting:PermitsPerMinute", "0"];
    }
}

/// <summary>A socket outlives no token: when its token expires it is closed with 4403, while a fresh socket works.</summary>
public sealed class ExpiringSocketTests(SocketCredentialTests.ShortTokenServer expiring) : IClassFixture<SocketCredentialTests.ShortTokenServer>
{
    [Fact]
    public async Task A_socket_is_closed_with_4403_when_its_token_expires_and_a_fresh_token_opens_a_new_one()
    {
        var oauth = new OAuthClient(expiring.Server.BaseAddress);
        var token = await oauth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read complaints.subscribe");
        var expires = DateTimeOffset.FromUnixTimeSeconds(token.AccessTokenClaims.GetProperty("exp").GetInt64());
        await using var socket = await SubscriptionSocket.ConnectAsync(expiring.Server.BaseAddress, token.AccessToken);
        await socket.SubscribeAsync("feed", "subscription { complaintFiled { id } }");

        Assert.Equal((WebSocketCloseStatus)4403, await socket.ClosedAsync());
        Assert.Contains("expired", socket.CloseDescription, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.UtcNow >= expires.AddSeconds(-1), "The socket was closed before its token expired.");
        using (var expired = GraphQLClient.For(expiring.Server.BaseAddress, token.AccessToken))
        {
            using var response = await expired.SendAsync("{ customers(first: 1) { totalCount } }");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var fresh = await oauth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read complaints.subscribe");
        await using var renewed = await SubscriptionSocket.ConnectAsync(expiring.Server.BaseAddress, fresh.AccessToken);
        await renewed.SubscribeAsync("again", "{ customers(first: 1) { totalCount } }");
        Assert.Equal("next", (await renewed.ReceiveAsync())?.GetProperty("type").GetString());
    }
}
