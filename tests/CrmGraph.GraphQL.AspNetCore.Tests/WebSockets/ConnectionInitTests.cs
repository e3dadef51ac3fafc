namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>connection_init and its answers: the acknowledgement, the authentication hook's verdict, and a second init.</summary>
[Collection(WebSocketHost.Collection)]
public sealed class ConnectionInitTests(WebSocketHost host)
{
    [Fact]
    public async Task Init_is_acknowledged_with_connection_ack()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(host);

        await socket.SendAsync(new { type = "connection_init", payload = new { user = "ada" } });

        var ack = await socket.ExpectAsync("connection_ack");
        Assert.Equal("""{"type":"connection_ack"}""", ack.Body.GetRawText());
    }

    [Fact]
    public async Task The_hooks_principal_is_the_user_of_every_operation()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host, new { user = "ada" });

        await socket.SubscribeAsync("1", "{ viewer }");
        await socket.SubscribeAsync("2", "{ again: viewer }");

        var replies = await socket.ReceiveNextsAsync(2);
        Assert.Equal("ada", replies["1"].Payload.GetProperty("data").GetProperty("viewer").GetString());
        Assert.Equal("ada", replies["2"].Payload.GetProperty("data").GetProperty("again").GetString());
    }

    [Fact]
    public async Task A_refusal_by_the_hook_closes_with_4403()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(host);

        await socket.SendAsync(new { type = "connection_init", payload = new { refuse = true } });

        await socket.ExpectCloseAsync(4403, "Forbidden");
    }

    [Fact]
    public async Task A_failing_hook_closes_with_4500_and_is_logged()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(host);

        await socket.SendAsync(new { type = "connection_init", payload = new { fail = true } });

        await socket.ExpectCloseAsync(4500, "Internal server error");
        Assert.Contains(host.Logs.Entries, entry => entry.Exception is InvalidOperationException { Message: TestAuthentication.StoreFailure });
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SendAsync(new { type = "connection_init" });

        await socket.ExpectCloseAsync(4429, "Too many initialisation requests");
    }
}
