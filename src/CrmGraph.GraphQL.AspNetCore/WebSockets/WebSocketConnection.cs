using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using CrmGraph.GraphQL.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One accepted socket speaking graphql-transport-ws: reads the client's messages one at a time, runs each
/// operation in the background, and closes the socket with the code the protocol gives for what went wrong.
/// </summary>
internal sealed partial class WebSocketConnection : IDisposable
{
    private const int AwaitingInit = 0;
    private const int Initialising = 1;
    private const int Acknowledged = 2;
    private const int InitTimedOut = 3;
    private const int ReceiveChunkBytes = 4096;

    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly WebSocketEndpoint _endpoint;
    private readonly OutgoingMessages _outgoing;

    /// <summary>Set once, by whatever ends the connection first; null closes without a close frame (the socket is gone).</summary>
    private readonly TaskCompletionSource<CloseReason?> _closing = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Cancelled when the connection starts closing: stops the operations, the authentication hook and the timers.</summary>
    private readonly CancellationTokenSource _lifetime = new();

    /// <summary>Cancelled last, or when a close takes too long: cuts the socket's reads and writes.</summary>
    private readonly CancellationTokenSource _aborted;

    /// <summary>The operations whose ids are taken, by id.</summary>
    private readonly ConcurrentDictionary<string, WebSocketOperation> _active = new(StringComparer.Ordinal);

    /// <summary>Every operation not yet finished, including those whose final messages are already sent.</summary>
    private readonly ConcurrentDictionary<WebSocketOperation, byte> _running = new();

    private int _state = AwaitingInit;
    private int _operationCount;
    private ClaimsPrincipal _user;

    /// <summary>The <c>connection_init</c> payload, which the authentication hook reads again before each operation.</summary>
    private IReadOnlyDictionary<string, JsonElement>? _credentials;

    public WebSocketConnection(WebSocket socket, HttpContext context, WebSocketEndpoint endpoint)
    {
        _socket = socket;
        _context = context;
        _endpoint = endpoint;
        _user = context.User;
        _outgoing = new OutgoingMessages(socket, endpoint.Serializer, endpoint.Options.MaxPendingMessages);
        _aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    }

    private GraphQLWebSocketOptions Options => _endpoint.Options;

    /// <summary>Serves the socket until it is closed, then stops every operation and disposes its scope.</summary>
    public async Task RunAsync()
    {
        var writing = _outgoing.SendAllAsync(_aborted.Token);
        var receiving = ReceiveAllAsync();
        _ = CloseUnlessInitialisedAsync();
        await Task.WhenAny(receiving, writing, _closing.Task).ConfigureAwait(false);
        await ShutDownAsync(receiving, writing).ConfigureAwait(false);
    }

    /// <summary>Starts closing the socket with <paramref name="reason"/>; true unless it was already closing. Never waits.</summary>
    public bool Close(CloseReason? reason) => _closing.TrySetResult(reason);

    public void Dispose()
    {
        _outgoing.Dispose();
        _lifetime.Dispose();
        _aborted.Dispose();
    }

    internal AsyncServiceScope CreateScope() => _endpoint.Scopes.CreateAsyncScope();

    /// <summary>An id for the log lines of a new operation: the upgrade request's trace identifier and the operation's number on the connection.</summary>
    internal string NextCorrelationId() =>
        string.Create(CultureInfo.InvariantCulture, $"{_context.TraceIdentifier}/{Interlocked.Increment(ref _operationCount)}");

    internal Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider services, string correlationId, CancellationToken cancellationToken) =>
        _endpoint.Documents.Prepare(request, _context, _user) is { } refusal
            ? Task.FromResult(new ExecutionResult { Errors = [refusal] })
            : TransportExecution.ExecuteAsync(_endpoint.Executer, _context, request, document: null, _user, services, Options, _endpoint.Logger, correlationId, cancellationToken);

    /// <summary>Queues a message for the client. Never waits: a client whose queue is full is closed as too slow.</summary>
    internal void Send(OperationMessage message)
    {
        if (!_outgoing.TryEnqueue(message) && Close(CloseReason.SubscriberTooSlow))
        {
            LogSlowSubscriber(_endpoint.Logger, Options.MaxPendingMessages);
        }
    }

    /// <summary>Frees the operation's id; false when the client completed it already.</summary>
    internal bool Release(WebSocketOperation operation) => _active.TryRemove(new KeyValuePair<string, WebSocketOperation>(operation.Id, operation));

    internal void Forget(WebSocketOperation operation) => _running.TryRemove(operation, out _);

    /// <summary>Logs an operation's unexpected failure and returns the error the client may see of it.</summary>
    internal ExecutionError Failure(Exception exception, string correlationId)
    {
        LogOperationFailure(_endpoint.Logger, exception, correlationId);
        return TransportExecution.Mask(exception, Options, correlationId);
    }

    private async Task ReceiveAllAsync()
    {
        try
        {
            while (true)
            {
                // An idle connection waits without a receive buffer; one is taken only when a message arrives.
                var first = await _socket.ReceiveAsync(Memory<byte>.Empty, _aborted.Token).ConfigureAwait(false);
                var buffer = new ArrayBufferWriter<byte>(ReceiveChunkBytes);
                var (type, tooBig) = first.MessageType == WebSocketMessageType.Close || first.EndOfMessage
                    ? (first.MessageType, false)
                    : await ReceiveMessageAsync(buffer).ConfigureAwait(false);
                if (type == WebSocketMessageType.Close)
                {
                    Close(CloseReason.Echo(_socket.CloseStatus));
                    return;
                }

                // Once closing, messages are read only to reach the client's close reply.
                if (_closing.Task.IsCompleted)
                {
                    continue;
                }

                if (tooBig)
                {
                    Close(CloseReason.MessageTooBig);
                }
                else if (type == WebSocketMessageType.Binary)
                {
                    Close(CloseReason.BadRequest("Invalid message: messages are JSON text"));
                }
                else
                {
                    await HandleAsync(buffer.WrittenMemory).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client went away or the connection was dropped.
            Close(null);
        }
        catch (Exception exception)
        {
            LogConnectionFailure(_endpoint.Logger, exception);
            Close(CloseReason.InternalServerError);
        }
    }

    /// <summary>Reads one whole message; beyond the size limit the rest is read but not kept.</summary>
    private async Task<(WebSocketMessageType Type, bool TooBig)> ReceiveMessageAsync(ArrayBufferWriter<byte> buffer)
    {
        var tooBig = false;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer.GetMemory(ReceiveChunkBytes), _aborted.Token).ConfigureAwait(false);
            if (!tooBig)
            {
                buffer.Advance(result.Count);
                tooBig = buffer.WrittenCount > Options.MaxMessageBytes;
            }
        }
        while (!result.EndOfMessage);
        return (result.MessageType, tooBig);
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> utf8)
    {
        IncomingMessage message;
        try
        {
            message = _endpoint.Reader.Read(utf8);
        }
        catch (InvalidMessageException invalid)
        {
            Close(CloseReason.BadRequest(invalid.Message));
            return;
        }

        switch (message)
        {
            case { Type: TransportWsProtocol.ConnectionInit }:
                await InitialiseAsync(message.Payload).ConfigureAwait(false);
                break;
            case { Type: TransportWsProtocol.Ping }:
                Send(ServerMessages.Pong(message.Payload));
                break;
            case { Type: TransportWsProtocol.Subscribe, Request: { } request }:
                await StartAsync(message.Id, request).ConfigureAwait(false);
                break;
            case { Type: TransportWsProtocol.Complete }:
                if (_active.TryRemove(message.Id, out var operation))
                {
                    operation.Cancel();
                }

                break;
            default:
                // A pong answers a keep-alive ping or is a heartbeat; an unknown id is one already completed: both need nothing.
                break;
        }
    }

    private async Task InitialiseAsync(IReadOnlyDictionary<string, JsonElement>? payload)
    {
        var previous = Interlocked.CompareExchange(ref _state, Initialising, AwaitingInit);
        if (previous != AwaitingInit)
        {
            // After a timeout the connection is closing already, and this close is ignored.
            Close(CloseReason.TooManyInitialisationRequests);
            return;
        }

        _credentials = payload;
        if (!await AuthenticateAsync(() => CloseReason.Forbidden).ConfigureAwait(false))
        {
            return;
        }

        Volatile.Write(ref _state, Acknowledged);
        Send(ServerMessages.ConnectionAck());
        if (Options.KeepAliveInterval > TimeSpan.Zero)
        {
            _ = KeepAliveAsync(Options.KeepAliveInterval);
        }

        _ = WatchCredentialsAsync();
    }

    /// <summary>
    /// Asks the authentication hook whom the connection acts for now; when nobody, closes it with <paramref name="refusal"/>
    /// and returns false.
    /// </summary>
    private async Task<bool> AuthenticateAsync(Func<CloseReason> refusal)
    {
        ClaimsPrincipal? user;
        try
        {
            user = Options.AuthenticateConnection is { } authenticate
                ? await authenticate(_context, _credentials, _lifetime.Token).ConfigureAwait(false)
                : _context.User;
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception)
        {
            LogAuthenticationFailure(_endpoint.Logger, exception);
            Close(CloseReason.InternalServerError);
            return false;
        }

        if (user is null)
        {
            Close(refusal());
            return false;
        }

        _user = user;
        return true;
    }

    /// <summary>
    /// Refuses an operation the connection may not start (a taken id closes the socket, as the protocol says; too
    /// many operations or too many for the rate limit get an <c>error</c> message) and runs the others, each
    /// for whom the authentication hook says the connection acts now.
    /// </summary>
    private async Task StartAsync(string id, GraphQLRequest request)
    {
        if (Volatile.Read(ref _state) != Acknowledged)
        {
            Close(CloseReason.Unauthorized);
            return;
        }

        if (_active.ContainsKey(id))
        {
            Close(CloseReason.SubscriberAlreadyExists(id));
            return;
        }

        if (_active.Count >= Options.MaxOperationsPerSocket)
        {
            Send(ServerMessages.Error(id, [new ExecutionError(
                $"This socket already runs {Options.MaxOperationsPerSocket} operations, the most one socket may; complete one first.")
            {
                Code = RateLimitCodes.TooManyOperations,
            }]));
            return;
        }

        if (_endpoint.RateLimiter is { } limiter && !limiter.TryAcquire(_context, _user, 1, out var retryAfter))
        {
            Send(ServerMessages.Error(id, [RateLimitRefusal.Error(retryAfter)]));
            return;
        }

        if (!await AuthenticateAsync(WithdrawnOrExpired).ConfigureAwait(false))
        {
            return;
        }

        // Messages are read one at a time, so the id is still free here.
        var operation = new WebSocketOperation(id, request, this, _lifetime.Token);
        _active.TryAdd(id, operation);
        _running.TryAdd(operation, 0);
        _ = Task.Run(operation.RunAsync);
    }

    /// <summary>
    /// Closes the connection when its credentials expire, and asks the authentication hook again every
    /// <see cref="GraphQLWebSocketOptions.ReauthenticationInterval"/> meanwhile, so a long subscription stops
    /// once they are withdrawn.
    /// </summary>
    private async Task WatchCredentialsAsync()
    {
        var closing = _lifetime.Token;
        try
        {
            while (NextCredentialsCheck() is { } wait)
            {
                await Task.Delay(wait, closing).ConfigureAwait(false);
                if (Expired())
                {
                    Close(CloseReason.CredentialsExpired);
                    return;
                }

                if (Options.ReauthenticationInterval > TimeSpan.Zero && !await AuthenticateAsync(WithdrawnOrExpired).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection is closing.
        }
    }

    private bool Expired() => Options.CredentialsExpiry?.Invoke(_user) is { } expiry && expiry <= DateTimeOffset.UtcNow;

    /// <summary>Why credentials were refused on a second look: a token refused once it has expired is closed as expired.</summary>
    private CloseReason WithdrawnOrExpired() => Expired() ? CloseReason.CredentialsExpired : CloseReason.CredentialsWithdrawn;

    /// <summary>How long until the next look at the credentials: the interval, or less when they expire sooner; null for never.</summary>
    private TimeSpan? NextCredentialsCheck()
    {
        TimeSpan? wait = Options.ReauthenticationInterval > TimeSpan.Zero ? Options.ReauthenticationInterval : null;
        if (Options.CredentialsExpiry?.Invoke(_user) is { } expiry)
        {
            var left = expiry - DateTimeOffset.UtcNow;
            left = left < TimeSpan.Zero ? TimeSpan.Zero : left;
            wait = wait is { } interval && interval < left ? interval : left;
        }

        return wait;
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(Options.ConnectionInitWaitTimeout, _lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _state, InitTimedOut, AwaitingInit) == AwaitingInit)
        {
            Close(CloseReason.ConnectionInitialisationTimeout);
        }
    }

    private async Task KeepAliveAsync(TimeSpan interval)
    {
        // Taken once: the token source is disposed with the connection, possibly while a tick is being sent.
        var closing = _lifetime.Token;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(closing).ConfigureAwait(false))
            {
                Send(ServerMessages.Ping());
            }
        }
        catch (OperationCanceledException)
        {
            // The connection is closing.
        }
    }

    /// <summary>
    /// Stops every operation (disposing its subscription and scope) before anything else, since that must not wait
    /// for a slow socket; then lets the send in flight finish, exchanges close frames, and drops the socket if the
    /// client does not take part in time.
    /// </summary>
    private async Task ShutDownAsync(Task receiving, Task writing)
    {
        Close(null);
        var reason = await _closing.Task.ConfigureAwait(false);
        if (reason is not null)
        {
            LogClosing(_endpoint.Logger, (int)reason.Status, reason.Description);
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        _outgoing.Stop();
        await WaitForOperationsAsync().ConfigureAwait(false);

        if (await FinishesWithinAsync(writing, Options.CloseTimeout).ConfigureAwait(false) &&
            reason is not null &&
            _socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await _socket.CloseOutputAsync(reason.Status, reason.Description, _aborted.Token).ConfigureAwait(false);
                await FinishesWithinAsync(receiving, Options.CloseTimeout).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The client went away meanwhile.
            }
        }

        await _aborted.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(receiving, writing).ConfigureAwait(false);
        // An operation the last message started, just as the connection began closing, ends here too.
        await WaitForOperationsAsync().ConfigureAwait(false);
    }

    private Task WaitForOperationsAsync() => Task.WhenAll(_running.Keys.Select(operation => operation.Completion));

    private static async Task<bool> FinishesWithinAsync(Task task, TimeSpan timeout)
    {
        await Task.WhenAny(task, Task.Delay(timeout)).ConfigureAwait(false);
        return task.IsCompleted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing a GraphQL WebSocket whose client fell {MaxPendingMessages} messages behind.")]
    private static partial void LogSlowSubscriber(ILogger logger, int maxPendingMessages);

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket operation failed (correlation id {CorrelationId}).")]
    private static partial void LogOperationFailure(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket connection failed.")]
    private static partial void LogConnectionFailure(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Authenticating a GraphQL WebSocket connection failed.")]
    private static partial void LogAuthenticationFailure(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing a GraphQL WebSocket: {Code} {Reason}.")]
    private static partial void LogClosing(ILogger logger, int code, string? reason);
}
