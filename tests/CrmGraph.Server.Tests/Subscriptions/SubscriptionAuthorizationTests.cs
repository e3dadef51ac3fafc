using CrmGraph.GraphQL.AspNetCore.Authorization;

namespace CrmGraph.Server.Tests.Subscriptions;

/// <summary>
/// Who may open a complaint feed: the socket's connection_init must carry a valid access token, and the token must
/// hold the complaints.subscribe scope.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class SubscriptionAuthorizationTests(CrmServerFixture server)
{
    private const int Forbidden = 4403;
    private const int Unauthorized = 4401;

    [Fact]
    public async Task A_partner_token_without_the_subscribe_scope_gets_an_error_for_its_subscription()
    {
        using var partner = await server.PartnerClientAsync("partner-north", "crm.read crm.write");
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress, partner.AccessToken!);

        await socket.SubscribeAsync("s1", "subscription { complaintFiled { id } }");

        var error = await socket.ExpectAsync("error", "s1");
        Assert.Contains(AuthorizationValidationRule.ErrorCode, error.ErrorCodes);
        // The connection stays usable: the same caller may still query.
        await socket.SubscribeAsync("q1", "{ customers(first: 1) { totalCount } }");
        await socket.ExpectAsync("next", "q1");
    }

    [Theory]
    [InlineData("no token")]
    [InlineData("garbage")]
    [InlineData("expired")]
    public async Task A_connection_init_without_a_valid_token_is_closed_as_forbidden(string token)
    {
        var sent = token switch
        {
            "no token" => null,
            "garbage" => "not-a-token",
            _ => await server.ForgeTokenAsync((_, payload) =>
            {
                var now = DateTimeOffset.UtcNow;
                payload["iat"] = now.AddHours(-2).ToUnixTimeSeconds();
                payload["exp"] = now.AddHours(-1).ToUnixTimeSeconds();
            }),
        };
        await using var socket = await GraphQLWebSocketClient.OpenAsync(server.BaseAddress);

        await socket.InitAsync(sent);

        await socket.ExpectCloseAsync(Forbidden);
    }

    [Fact]
    public async Task A_subscribe_before_connection_init_is_closed_as_unauthorized()
    {
        await using var socket = await GraphQLWebSocketClient.OpenAsync(server.BaseAddress);

        await socket.SubscribeAsync("s1", "subscription { complaintFiled { id } }");

        await socket.ExpectCloseAsync(Unauthorized);
    }
}
