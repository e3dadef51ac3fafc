using System.Net.WebSockets;
using System.Text;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>A graphql-transport-ws client over a real <see cref="ClientWebSocket"/>, reading the server message by message.</summary>
public sealed class GraphQLSocket : IAsyncDisposable
{
    public const string Subprotocol = "graphql-transport-ws";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket;

    private GraphQLSocket(ClientWebSocket socket) => _socket = socket;

    /// <summary>The subprotocol the server chose.</summary>
    public string? ChosenSubprotocol => _socket.SubProtocol;

    /// <summary>Opens a socket to the host offering <paramref name="subprotocols"/> (graphql-transport-ws unless told otherwise).</summary>
    public static async Task<GraphQLSocket> ConnectAsync(TransportHost host, string[]? subprotocols = null, string? user = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        var socket = Create(subprotocols, user);
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(host.SocketEndpoint, timeout.Token);
        return new GraphQLSocket(socket);
    }

    /// <summary>Opens a socket and has its connection acknowledged, with <paramref name="payload"/> in connection_init.</summary>
    public static async Task<GraphQLSocket> ConnectAndInitAsync(TransportHost host, object? payload = null, string? user = null)
    {
        var socket = await ConnectAsync(host, user: user);
        await socket.InitAsync(payload);
        return socket;
    }

    /// <summary>Tries the handshake and returns the HTTP status the server answered it with.</summary>
    public static async Task<HttpStatusCode> HandshakeStatusAsync(TransportHost host, string[] subprotocols)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var socket = Create(subprotocols, user: null);
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await socket.ConnectAsync(host.SocketEndpoint, timeout.Token);
        }
        catch (WebSocketException)
        {
            // A refused handshake; its status is kept.
        }

        return socket.HttpStatusCode;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) => SendBytesAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendBytesAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(bytes, type, endOfMessage: true, timeout.Token);
    }

    /// <summary>Sends <c>connection_init</c> and expects <c>connection_ack</c>.</summary>
    public async Task InitAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        await ExpectAsync("connection_ack");
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public Task CompleteAsync(string id) => SendAsync(new { id, type = "complete" });

    /// <summary>The next message, or the close frame (which is answered, completing the close handshake while the server waits for it).</summary>
    public async Task<SocketMessage> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        ValueWebSocketReceiveResult result;
        do
        {
            try
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No message within {Timeout.TotalSeconds} s.");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        if (result.MessageType == WebSocketMessageType.Close)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (WebSocketException)
            {
                // A socket failed by the WebSocket layer (1007) is dropped right after its close frame.
            }

            return new SocketMessage(default, (int)_socket.CloseStatus!, _socket.CloseStatusDescription);
        }

        using var document = JsonDocument.Parse(message.ToArray());
        return new SocketMessage(document.RootElement.Clone(), null, null);
    }

    /// <summary>Reads the next message and checks its type (and id, when given).</summary>
    public async Task<SocketMessage> ExpectAsync(string type, string? id = null)
    {
        var message = await ReceiveAsync();
        Assert.True(message.Type == type && (id is null || message.Id == id), $"Expected '{type}'{(id is null ? string.Empty : $" for {id}")}, got {message}.");
        return message;
    }

    /// <summary>
    /// Reads until <paramref name="count"/> next messages have come, by operation id, passing over the others
    /// (completes and keep-alive pings) that operations running side by side interleave with them.
    /// </summary>
    public async Task<Dictionary<string, SocketMessage>> ReceiveNextsAsync(int count)
    {
        var nexts = new Dictionary<string, SocketMessage>(StringComparer.Ordinal);
        while (nexts.Count < count)
        {
            var message = await ReceiveAsync();
            Assert.False(message.IsClose || message.Type == "error", $"Expected next, got {message}.");
            if (message.Type == "next")
            {
                nexts.Add(message.Id!, message);
            }
        }

        return nexts;
    }

    /// <summary>Reads the next message and checks that it is the server's close frame with <paramref name="code"/>.</summary>
    public async Task<SocketMessage> ExpectCloseAsync(int code, string? reason = null)
    {
        var message = await ReceiveAsync();
        Assert.True(message.CloseCode == code, $"Expected close {code}, got {message}.");
        if (reason is not null)
        {
            Assert.Equal(reason, message.CloseReason);
        }

        return message;
    }

    /// <summary>Reads and counts every message until the close frame, which it returns.</summary>
    public async Task<(int Skipped, SocketMessage Close)> DrainUntilCloseAsync()
    {
        var skipped = 0;
        while (true)
        {
            var message = await ReceiveAsync();
            if (message.IsClose)
            {
                return (skipped, message);
            }

            skipped++;
        }
    }

    /// <summary>Proves nothing else is on the way: a ping's pong is the very next message.</summary>
    public async Task ExpectNothingPendingAsync()
    {
        await SendAsync(new { type = "ping" });
        await ExpectAsync("pong");
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server dropped the socket; nothing to close.
            }
        }

        _socket.Dispose();
    }

    private static ClientWebSocket Create(string[]? subprotocols, string? user)
    {
        var socket = new ClientWebSocket();
        foreach (var subprotocol in subprotocols ?? [Subprotocol])
        {
            socket.Options.AddSubProtocol(subprotocol);
        }

        if (user is not null)
        {
            socket.Options.SetRequestHeader(TestAuthentication.UserHeader, user);
        }

        return socket;
    }
}
