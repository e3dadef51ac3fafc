namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>Keep-alive pings, and without an authentication hook, HttpContext.User as the connection's principal.</summary>
[Collection(KeepAliveHost.Collection)]
public sealed class KeepAliveTests(KeepAliveHost host)
{
    [Fact]
    public async Task An_acknowledged_connection_gets_keep_alive_pings()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.ExpectAsync("ping");
        await socket.SendAsync(new { type = "pong" });
        await socket.ExpectAsync("ping");
    }

    [Fact]
    public async Task Without_a_hook_the_connection_acts_for_the_upgrade_requests_user()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host, user: "grace");

        await socket.SubscribeAsync("1", "{ viewer }");

        var next = (await socket.ReceiveNextsAsync(1))["1"];
        Assert.Equal("grace", next.Payload.GetProperty("data").GetProperty("viewer").GetString());
    }
}
