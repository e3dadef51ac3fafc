namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The GraphQL endpoint takes WebSocket upgrades that speak graphql-transport-ws, and refuses the rest in the handshake.</summary>
[Collection(WebSocketHost.Collection)]
public sealed class HandshakeTests(WebSocketHost host)
{
    [Fact]
    public async Task The_server_chooses_graphql_transport_ws()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(host, ["graphql-ws", GraphQLSocket.Subprotocol]);

        Assert.Equal(GraphQLSocket.Subprotocol, socket.ChosenSubprotocol);
        await socket.InitAsync();
    }

    [Fact]
    public async Task An_upgrade_without_a_subprotocol_is_refused_with_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, await GraphQLSocket.HandshakeStatusAsync(host, []));
    }

    [Fact]
    public async Task An_upgrade_offering_only_other_subprotocols_is_refused_with_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, await GraphQLSocket.HandshakeStatusAsync(host, ["graphql-ws"]));
    }

    [Fact]
    public async Task Plain_http_requests_on_the_same_path_still_reach_the_http_transport()
    {
        var reply = await host.PostAsync(new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
    }
}
