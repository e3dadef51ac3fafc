using System.Net.WebSockets;
using System.Text;

namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>Every breach of the protocol closes the socket at once, with the code graphql-transport-ws gives it.</summary>
[Collection(WebSocketHost.Collection)]
public sealed class ProtocolViolationTests(WebSocketHost host)
{
    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"id":"1"}""")]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""")]
    [InlineData("""{"type":"connection_ack"}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"type":"subscribe","id":"1"}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"variables":{}}}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[1]}}""")]
    [InlineData("""{"type":"complete"}""")]
    [InlineData("""{"type":"ping","payload":"now"}""")]
    public async Task An_invalid_message_closes_with_4400_and_a_reason(string message)
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SendTextAsync(message);

        var close = await socket.ExpectCloseAsync(4400);
        Assert.StartsWith("Invalid", close.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_message_closes_with_4400()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SendBytesAsync(Encoding.UTF8.GetBytes("""{"type":"ping"}"""), WebSocketMessageType.Binary);

        await socket.ExpectCloseAsync(4400);
    }

    [Fact]
    public async Task A_text_message_that_is_not_utf8_closes_with_1007_and_nothing_runs()
    {
        var counter = TestProbe.NewRun();
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);
        var message = Encoding.UTF8.GetBytes($$$"""{"type":"subscribe","id":"X","payload":{"query":"mutation { increment(counter: \"{{{counter}}}\") }"}}""");
        // The id's only character becomes a lone continuation byte, which UTF-8 never allows there.
        message[Array.IndexOf(message, (byte)'X')] = 0x80;

        await socket.SendBytesAsync(message, WebSocketMessageType.Text);

        // The WebSocket layer itself refuses it with 1007 (Invalid Frame Payload Data), as RFC 6455 asks.
        await socket.ExpectCloseAsync((int)WebSocketCloseStatus.InvalidPayloadData);
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SendAsync(new { type = "ping", payload = new { padding = new string('x', WebSocketHost.MaxMessageBytes) } });

        await socket.ExpectCloseAsync(1009);
    }

    [Fact]
    public async Task Subscribe_before_the_ack_closes_with_4401()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(host);

        await socket.SubscribeAsync("1", "{ hello }");

        await socket.ExpectCloseAsync(4401, "Unauthorized");
    }

    [Fact]
    public async Task Subscribe_with_the_id_of_an_active_operation_closes_with_4409_and_stops_it()
    {
        var topic = TestProbe.NewRun();
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);
        await socket.SubscribeAsync("twice", Subscriptions.Events, new { topic });
        await host.Feed.WaitForSubscribersAsync(topic, 1);

        await socket.SubscribeAsync("twice", "{ hello }");

        await socket.ExpectCloseAsync(4409, "Subscriber for twice already exists");
        await host.Feed.WaitForSubscribersAsync(topic, 0);
    }
}
