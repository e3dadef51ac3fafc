namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>ping is answered with pong at any time; a pong needs no answer.</summary>
[Collection(WebSocketHost.Collection)]
public sealed class PingTests(WebSocketHost host)
{
    [Fact]
    public async Task A_ping_is_answered_with_a_pong_carrying_its_payload()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SendAsync(new { type = "ping", payload = new { sentAt = 42 } });

        var pong = await socket.ExpectAsync("pong");
        Assert.Equal(42, pong.Payload.GetProperty("sentAt").GetInt32());
    }

    [Fact]
    public async Task A_ping_before_init_is_answered_too()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(host);

        await socket.SendAsync(new { type = "ping" });

        await socket.ExpectAsync("pong");
        await socket.InitAsync();
    }

    [Fact]
    public async Task An_unsolicited_pong_is_ignored()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SendAsync(new { type = "pong", payload = new { heartbeat = true } });

        await socket.ExpectNothingPendingAsync();
    }
}
