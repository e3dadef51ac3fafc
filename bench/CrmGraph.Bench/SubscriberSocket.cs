using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CrmGraph.Bench;

/// <summary>
/// One live subscriber speaking graphql-transport-ws: it signs in with the bearer token, subscribes to
/// newly filed complaints and notes when each complaint's <c>next</c> arrives.
/// </summary>
internal sealed class SubscriberSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<string, long> _arrivals = [];
    private Task? _reading;

    public async Task OpenAsync(Uri endpoint, string accessToken, string subscription, CancellationToken cancellationToken)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        await _socket.ConnectAsync(new UriBuilder(endpoint) { Scheme = endpoint.Scheme == "https" ? "wss" : "ws" }.Uri, cancellationToken);
        await SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = $"Bearer {accessToken}" } }, cancellationToken);
        var ack = await ReceiveAsync(cancellationToken);
        if (ack.GetProperty("type").GetString() != "connection_ack")
        {
            throw new InvalidOperationException($"The server did not acknowledge the connection: {ack}");
        }

        await SendAsync(new { id = "1", type = "subscribe", payload = new { query = subscription } }, cancellationToken);
        _reading = ReadNextsAsync();
    }

    /// <summary>When (a <see cref="Stopwatch"/> timestamp) the complaint <paramref name="complaintId"/> arrived, if it did.</summary>
    public long? ArrivalOf(string complaintId)
    {
        lock (_arrivals)
        {
            return _arrivals.TryGetValue(complaintId, out var at) ? at : null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "benchmark done", timeout.Token);
        }

        if (_reading is not null)
        {
            await _reading.ConfigureAwait(false);
        }

        _socket.Dispose();
    }

    private async Task ReadNextsAsync()
    {
        while (_socket.State == WebSocketState.Open)
        {
            JsonElement message;
            try
            {
                message = await ReceiveAsync(CancellationToken.None);
            }
            catch (WebSocketException)
            {
                return;
            }

            if (message.ValueKind == JsonValueKind.Undefined || message.GetProperty("type").GetString() != "next")
            {
                continue;
            }

            var arrived = Stopwatch.GetTimestamp();
            var id = message.GetProperty("payload").GetProperty("data").GetProperty("complaintFiled").GetProperty("id").GetString()!;
            lock (_arrivals)
            {
                _arrivals[id] = arrived;
            }
        }
    }

    private Task SendAsync(object message, CancellationToken cancellationToken) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private async Task<JsonElement> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return default;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
    }
}
