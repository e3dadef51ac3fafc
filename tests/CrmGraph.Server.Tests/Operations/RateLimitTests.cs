using System.Net;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>
/// Each OAuth client has its own bucket of GraphQL requests: past it the client gets 429 with Retry-After and a
/// RATE_LIMITED error while other clients carry on; health probes and the token endpoint are not limited.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.TinyLimitServer limited) : IClassFixture<RateLimitTests.TinyLimitServer>
{
    private const int Limit = 3;
    private const string Query = "{ customers(first: 1) { totalCount } }";

    [Fact]
    public async Task The_request_after_the_limit_gets_429_with_retry_after_while_another_partner_still_gets_200()
    {
        using var north = await limited.ClientAsync("partner-north");
        using var south = await limited.ClientAsync("partner-south");
        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await north.SendAsync(Query);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await north.SendAsync(Query);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        // One permit comes back every 60 / 3 = 20 seconds.
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60 / Limit);
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("RATE_LIMITED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        using var other = await south.SendAsync(Query);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_client_with_its_limit_lifted_by_configuration_is_never_refused()
    {
        using var integration = await limited.ClientAsync("crm-integration");
        for (var i = 0; i < Limit * 3; i++)
        {
            using var response = await integration.SendAsync(Query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task WebSocket_connection_attempts_without_a_token_are_limited_by_address()
    {
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.SwitchingProtocols, await SubscriptionSocket.HandshakeStatusAsync(limited.Server.BaseAddress));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await SubscriptionSocket.HandshakeStatusAsync(limited.Server.BaseAddress));
    }

    [Fact]
    public async Task Health_probes_and_token_requests_are_not_limited()
    {
        for (var i = 0; i < Limit * 3; i++)
        {
            var (status, _) = await HealthProbe.GetAsync(limited.Server.BaseAddress, "/health/live");
            Assert.Equal(HttpStatusCode.OK, status);
            var token = await limited.OAuth.ClientCredentialsAsync("partner-south", "partner-south-secret", "crm.read");
            Assert.Null(token.Error);
        }
    }

    /// <summary>A Development server allowing three GraphQL requests a minute per client, and any number to crm-integration.</summary>
    public sealed class TinyLimitServer : ConfiguredServer
    {
        public OAuthClient OAuth => new(Server.BaseAddress);

        protected override string Environment => "Development";

        protected override string[] Settings(string dataFolder) =>
            ["--RateLimiting:PermitsPerMinute", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), "--RateLimiting:Clients:crm-integration", "0"];

        public async Task<GraphQLClient> ClientAsync(string clientId)
        {
            var token = await OAuth.ClientCredentialsAsync(clientId, clientId + "-secret", "crm.read");
            return GraphQLClient.For(Server.BaseAddress, token.AccessToken);
        }
    }
}
