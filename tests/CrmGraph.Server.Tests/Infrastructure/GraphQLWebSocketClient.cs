using System.Net.WebSockets;
using System.Threading.Channels;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// A graphql-transport-ws client on a real <see cref="ClientWebSocket"/> to the server's <c>/graphql</c> endpoint.
/// A background loop reads everything the server sends into a queue, so a test waits for the next message with a
/// time limit, or checks that none came, without ever cancelling a socket read (which would abort the socket).
/// </summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    public const string Subprotocol = "graphql-transport-ws";

    /// <summary>How long a message the test expects may take; only a failing test waits this long.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket;
    private readonly Channel<SocketMessage> _received = Channel.CreateUnbounded<SocketMessage>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly Task _reading;

    private GraphQLWebSocketClient(ClientWebSocket socket)
    {
        _socket = socket;
        _reading = ReadAllAsync();
    }

    /// <summary>Opens a socket to the server at <paramref name="server"/>, offering graphql-transport-ws; nothing is sent yet.</summary>
    public static async Task<GraphQLWebSocketClient> OpenAsync(Uri server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Subprotocol);
        var endpoint = new UriBuilder(server) { Scheme = server.Scheme == Uri.UriSchemeHttps ? Uri.UriSchemeWss : Uri.UriSchemeWs, Path = "/graphql" }.Uri;
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(endpoint, timeout.Token);
        return new GraphQLWebSocketClient(socket);
    }

    /// <summary>Opens a socket and has the connection acknowledged for the caller whose token is <paramref name="accessToken"/>.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(Uri server, string accessToken)
    {
        var client = await OpenAsync(server);
        await client.InitAsync(accessToken);
        await client.ExpectAsync("connection_ack");
        return client;
    }

    /// <summary>Sends <c>connection_init</c>, carrying the bearer token as the server expects it, or no payload at all.</summary>
    public Task InitAsync(string? accessToken) =>
        SendAsync(accessToken is null
            ? new { type = "connection_init" }
            : new { type = "connection_init", payload = new { Authorization = "Bearer " + accessToken } });

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public async Task SendAsync(object message)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next message (or the close frame) if the server sends one within <paramref name="within"/>; null otherwise.</summary>
    public async Task<SocketMessage?> TryReceiveAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("The socket is closed and everything the server sent on it has been read.");
        }
    }

    public async Task<SocketMessage> ReceiveAsync() =>
        await TryReceiveAsync(Patience) ?? throw new TimeoutException($"The server sent nothing within {Patience.TotalSeconds} s.");

    /// <summary>Reads the next message and checks its type (and its operation id, when given).</summary>
    public async Task<SocketMessage> ExpectAsync(string type, string? id = null)
    {
        var message = await ReceiveAsync();
        Assert.True(message.Type == type && (id is null || message.Id == id), $"Expected '{type}'{(id is null ? null : " for " + id)}, got {message}.");
        return message;
    }

    /// <summary>Reads the next message and checks that it is the server closing the socket with <paramref name="code"/>.</summary>
    public async Task ExpectCloseAsync(int code)
    {
        var message = await ReceiveAsync();
        Assert.True(message.CloseCode == code, $"Expected the server to close the socket with {code}, got {message}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Patience);
            try
            {
                // Only the close frame is sent here; the reading loop takes the server's reply.
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                await _reading.WaitAsync(timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server dropped the socket first.
            }
        }

        _socket.Dispose();
    }

    private async Task ReadAllAsync()
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _received.Writer.TryWrite(SocketMessage.Closed((int)_socket.CloseStatus!, _socket.CloseStatusDescription));
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        // The server closed first: answer with its own code, completing the close handshake.
                        await _socket.CloseOutputAsync(_socket.CloseStatus!.Value, null, CancellationToken.None);
                    }

                    return;
                }

                _received.Writer.TryWrite(SocketMessage.Parse(message.ToArray()));
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection was dropped, or disposed while the server was still sending; what came before stays readable.
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
