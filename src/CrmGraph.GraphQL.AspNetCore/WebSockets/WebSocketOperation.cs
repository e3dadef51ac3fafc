using GraphQL.Transport;
using GraphQLParser.AST;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One operation a client subscribed to: it runs in its own service scope, which lives as long as the operation
/// (for a subscription, until its stream ends or is stopped), and it sends its results through its connection.
/// </summary>
internal sealed class WebSocketOperation : IObserver<ExecutionResult>
{
    private readonly WebSocketConnection _connection;
    private readonly GraphQLRequest _request;
    private readonly CancellationTokenSource _cancellation = new();
    private readonly CancellationTokenRegistration _connectionClosing;
    private readonly TaskCompletionSource _streamEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WebSocketOperation(string id, GraphQLRequest request, WebSocketConnection connection, CancellationToken connectionClosing)
    {
        Id = id;
        _request = request;
        _connection = connection;
        CorrelationId = connection.NextCorrelationId();
        // Registered rather than linked, so that the connection can stop the operation at any time without racing its disposal.
        _connectionClosing = connectionClosing.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), _cancellation);
    }

    public string Id { get; }

    /// <summary>Names the operation's failures in the server log and in the errors its client gets.</summary>
    public string CorrelationId { get; }

    /// <summary>Done once the operation has ended and its subscription and scope are disposed.</summary>
    public Task Completion => _completion.Task;

    /// <summary>Runs the operation to its end; never throws.</summary>
    public async Task RunAsync()
    {
        try
        {
            var scope = _connection.CreateScope();
            await using (scope.ConfigureAwait(false))
            {
                var result = await _connection.ExecuteAsync(_request, scope.ServiceProvider, CorrelationId, _cancellation.Token).ConfigureAwait(false);
                await DeliverAsync(result).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            // Stopped by the client's complete or by the connection closing: nothing more is sent.
        }
        catch (Exception exception)
        {
            Finish(ServerMessages.Error(Id, [_connection.Failure(exception, CorrelationId)]));
        }
        finally
        {
            await _connectionClosing.DisposeAsync().ConfigureAwait(false);
            _connection.Forget(this);
            _completion.SetResult();
        }
    }

    /// <summary>Stops the operation; whatever it would still send is not sent.</summary>
    public void Cancel() => _cancellation.Cancel();

    public void OnNext(ExecutionResult value)
    {
        if (!_cancellation.IsCancellationRequested)
        {
            _connection.Send(ServerMessages.Next(Id, value));
        }
    }

    public void OnError(Exception error)
    {
        // The execution strategy hands a failing stream's exception to the unhandled-exception delegate first, so an
        // execution error here is already masked and logged.
        Finish(ServerMessages.Error(Id, [error as ExecutionError ?? _connection.Failure(error, CorrelationId)]));
        _streamEnded.TrySetResult();
    }

    public void OnCompleted()
    {
        Finish(ServerMessages.Complete(Id));
        _streamEnded.TrySetResult();
    }

    private async Task DeliverAsync(ExecutionResult result)
    {
        if (result.Streams?.Values.SingleOrDefault() is { } stream)
        {
            using (stream.Subscribe(this))
            {
                await _streamEnded.Task.WaitAsync(_cancellation.Token).ConfigureAwait(false);
            }
        }
        else if (result.Executed && result.Operation?.Operation != OperationType.Subscription)
        {
            Finish(ServerMessages.Next(Id, result), ServerMessages.Complete(Id));
        }
        else
        {
            // Nothing ran (a syntax or validation error), or a subscription could not open its stream.
            Finish(ServerMessages.Error(Id, result.Errors ?? []));
        }
    }

    /// <summary>
    /// Sends the operation's last messages, unless the client completed it first. The id is freed before they go
    /// out, so a client may reuse it as soon as it reads them.
    /// </summary>
    private void Finish(params ReadOnlySpan<OperationMessage> messages)
    {
        if (!_connection.Release(this))
        {
            return;
        }

        foreach (var message in messages)
        {
            _connection.Send(message);
        }
    }
}
