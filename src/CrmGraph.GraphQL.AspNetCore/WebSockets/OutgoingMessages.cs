using System.Net.WebSockets;
using System.Threading.Channels;
using GraphQL.Transport;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The one writer of a socket: a bounded queue that publishers fill without ever waiting, drained in order by
/// <see cref="SendAllAsync"/>. WebSockets allow one send at a time, so every message goes through here.
/// </summary>
internal sealed class OutgoingMessages(WebSocket socket, IGraphQLSerializer serializer, int capacity) : IDisposable
{
    private readonly Channel<OperationMessage> _queue = Channel.CreateBounded<OperationMessage>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _stopped = new();

    /// <summary>Queues <paramref name="message"/> without waiting; false when the queue is full or stopped.</summary>
    public bool TryEnqueue(OperationMessage message) => _queue.Writer.TryWrite(message);

    /// <summary>
    /// Sends queued messages in order until <see cref="Stop"/> or until the socket fails. Cancelling
    /// <paramref name="aborted"/> cuts a send in flight, which aborts the socket.
    /// </summary>
    public async Task SendAllAsync(CancellationToken aborted)
    {
        using var buffer = new MemoryStream();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(_stopped.Token).ConfigureAwait(false))
            {
                while (!_stopped.IsCancellationRequested && _queue.Reader.TryRead(out var message))
                {
                    buffer.SetLength(0);
                    await serializer.WriteAsync(buffer, message, aborted).ConfigureAwait(false);
                    await socket.SendAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), WebSocketMessageType.Text, endOfMessage: true, aborted).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped, or the connection was dropped.
        }
        catch (WebSocketException)
        {
            // The client is gone; the receiving side sees that too and ends the connection.
        }
    }

    /// <summary>Drops what is still queued, refuses new messages, and ends <see cref="SendAllAsync"/> once the send in flight is done.</summary>
    public void Stop()
    {
        _queue.Writer.TryComplete();
        _stopped.Cancel();
    }

    public void Dispose() => _stopped.Dispose();
}
