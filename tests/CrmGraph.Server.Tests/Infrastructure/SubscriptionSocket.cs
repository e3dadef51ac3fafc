using System.Net;
using System.Net.WebSockets;
using System.Text;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// A graphql-transport-ws client of the real server over a real <see cref="ClientWebSocket"/>: it signs in with the
/// bearer token in <c>connection_init</c>, subscribes and reads message by message.
/// </summary>
public sealed class SubscriptionSocket : IAsyncDisposable
{
    public const string Subprotocol = "graphql-transport-ws";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket = NewSocket();

    /// <summary>The close code the server sent, once it closed the socket.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    /// <summary>Connects to the server's GraphQL endpoint and has the connection acknowledged for <paramref name="accessToken"/>.</summary>
    public static async Task<SubscriptionSocket> ConnectAsync(Uri baseAddress, string accessToken)
    {
        var client = new SubscriptionSocket();
        using var timeout = new CancellationTokenSource(Patience);
        await client._socket.ConnectAsync(Endpoint(baseAddress), timeout.Token);
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + accessToken } });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
        return client;
    }

    /// <summary>Tries the WebSocket handshake alone and returns the HTTP status the server answered it with (101 when accepted).</summary>
    public static async Task<HttpStatusCode> HandshakeStatusAsync(Uri baseAddress)
    {
        using var socket = NewSocket();
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await socket.ConnectAsync(Endpoint(baseAddress), timeout.Token);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (WebSocketException)
        {
            // A refused handshake; its status is kept.
        }

        return socket.HttpStatusCode;
    }

    public Task SubscribeAsync(string id, string query) => SendAsync(new { id, type = "subscribe", payload = new { query } });

    /// <summary>Stops the operation <paramref name="id"/>, as a client does when it no longer wants it.</summary>
    public Task CompleteAsync(string id) => SendAsync(new { id, type = "complete" });

    /// <summary>Reads until the server closes the socket, skipping whatever messages come first, and returns the close code.</summary>
    public async Task<WebSocketCloseStatus?> ClosedAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return CloseStatus;
    }

    /// <summary>Proves the server has read everything sent so far: it answers a ping with a pong, in order.</summary>
    public async Task PingAsync()
    {
        await SendAsync(new { type = "ping" });
        var pong = await ReceiveAsync();
        Assert.Equal("pong", pong?.GetProperty("type").GetString());
    }

    /// <summary>The next message, or null when the server closed the socket (its code is then in <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var message = new MemoryStream();
        var buffer = new byte[8 * 1024];
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        if (result.MessageType == WebSocketMessageType.Close)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            return null;
        }

        return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Patience);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server is gone already.
            }
        }

        _socket.Dispose();
    }

    private async Task SendAsync(object message)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    private static ClientWebSocket NewSocket()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Subprotocol);
        return socket;
    }

    private static Uri Endpoint(Uri baseAddress) =>
        new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == Uri.UriSchemeHttps ? "wss" : "ws", Path = "/graphql" }.Uri;
}
