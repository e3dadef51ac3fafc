using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>
/// The rate limit counts operations, not requests: each operation of a batch and each operation over a WebSocket
/// takes a permit; and one socket runs at most <c>RateLimiting:MaxOperationsPerSocket</c> operations at once.
/// </summary>
public sealed class OperationRateLimitTests(OperationRateLimitTests.LimitedServer limited) : IClassFixture<OperationRateLimitTests.LimitedServer>
{
    private const int Limit = 6;
    private const int MaxOperationsPerSocket = 3;
    private const string Query = "{ customers(first: 1) { totalCount } }";

    [Fact]
    public async Task A_batch_costs_a_permit_per_operation()
    {
        using var north = await limited.ClientAsync("partner-north");
        var batch = Enumerable.Range(0, Limit).Select(_ => new { query = Query }).ToArray();
        using (var allowed = await north.Http.PostAsJsonAsync("/graphql", batch))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal(Limit, JsonDocument.Parse(await allowed.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
        }

        using var refused = await north.SendAsync(Query);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("RATE_LIMITED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_batch_larger_than_what_is_left_runs_none_of_its_operations()
    {
        var agent = await limited.OAuth.SignInStaffAsync(CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword, "openid crm.read");
        using var east = GraphQLClient.For(limited.Server.BaseAddress, agent.AccessToken);
        using (var first = await east.SendAsync(Query))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var batch = Enumerable.Range(0, Limit).Select(_ => new { query = Query }).ToArray();
        using var refused = await east.Http.PostAsJsonAsync("/graphql", batch);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Operations_over_a_websocket_each_cost_a_permit()
    {
        var token = await limited.OAuth.ClientCredentialsAsync("partner-south", "partner-south-secret", "crm.read complaints.subscribe");
        await using var socket = await SubscriptionSocket.ConnectAsync(limited.Server.BaseAddress, token.AccessToken);
        for (var i = 0; i < Limit; i++)
        {
            await socket.SubscribeAsync($"q{i}", Query);
            Assert.Equal("next", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
            Assert.Equal("complete", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
        }

        await socket.SubscribeAsync("over", Query);
        var refusal = await socket.ReceiveAsync();
        Assert.Equal("error", refusal?.GetProperty("type").GetString());
        Assert.Equal("over", refusal?.GetProperty("id").GetString());
        Assert.Equal("RATE_LIMITED", refusal?.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        // The socket stays open for the client to wait and carry on.
        await socket.PingAsync();
    }

    [Fact]
    public async Task One_socket_runs_at_most_the_configured_number_of_operations_at_once()
    {
        var token = await limited.OAuth.ClientCredentialsAsync("crm-integration", "crm-integration-secret", "crm.read complaints.subscribe");
        await using var socket = await SubscriptionSocket.ConnectAsync(limited.Server.BaseAddress, token.AccessToken);
        for (var i = 0; i < MaxOperationsPerSocket; i++)
        {
            await socket.SubscribeAsync($"feed{i}", "subscription { complaintFiled { id } }");
        }

        await socket.SubscribeAsync("one-too-many", "subscription { complaintFiled { id } }");
        var refusal = await socket.ReceiveAsync();
        Assert.Equal("error", refusal?.GetProperty("type").GetString());
        Assert.Equal("one-too-many", refusal?.GetProperty("id").GetString());
        var error = refusal!.Value.GetProperty("payload")[0];
        Assert.Equal("TOO_MANY_OPERATIONS", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(MaxOperationsPerSocket.ToString(CultureInfo.InvariantCulture), error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // Completing one makes room for another.
        await socket.CompleteAsync("feed0");
        await socket.PingAsync();
        await socket.SubscribeAsync("in-its-place", "subscription { complaintFiled { id } }");
        await socket.PingAsync();
    }

    /// <summary>
    /// A Development server allowing six operations a minute per client (any number to crm-integration), and three
    /// operations per socket.
    /// </summary>
    public sealed class LimitedServer : ConfiguredServer
    {
        public OAuthClient OAuth => new(Server.BaseAddress);

        protected override string Environment => "Development";

        protected override string[] Settings(string dataFolder) =>
        [
            "--RateLimiting:PermitsPerMinute", Limit.ToString(CultureInfo.InvariantCulture),
            "--RateLimiting:Clients:crm-integration", "0",
            "--RateLimiting:MaxOperationsPerSocket", MaxOperationsPerSocket.ToString(CultureInfo.InvariantCulture),
        ];

        public async Task<GraphQLClient> ClientAsync(string clientId)
        {
            var token = await OAuth.ClientCredentialsAsync(clientId, clientId + "-secret", "crm.read");
            return GraphQLClient.For(Server.BaseAddress, token.AccessToken);
        }
    }
}
