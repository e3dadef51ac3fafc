using System.Collections.Concurrent;
using CrmGraph.GraphQL.AspNetCore.Persisted;
using CrmGraph.GraphQL.AspNetCore.RateLimiting;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Serves one schema over WebSockets with the graphql-transport-ws protocol: accepts the upgrade, runs the
/// connection, and closes every open socket with 1001 "Server shutting down" when the host stops.
/// </summary>
public sealed class GraphQLWebSocketHandler<TSchema>
    where TSchema : ISchema
{
    private readonly WebSocketEndpoint _endpoint;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ConcurrentDictionary<WebSocketConnection, byte> _open = new();

    public GraphQLWebSocketHandler(
        IDocumentExecuter<TSchema> executer,
        IGraphQLTextSerializer serializer,
        IServiceScopeFactory scopes,
        PersistedDocuments documents,
        GraphQLWebSocketOptions options,
        IHostApplicationLifetime lifetime,
        ILogger<GraphQLWebSocketHandler<TSchema>> logger,
        IOperationRateLimiter? rateLimiter = null)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        ArgumentNullException.ThrowIfNull(options);
        _endpoint = new WebSocketEndpoint(executer, serializer, new IncomingMessageReader(serializer, options.MaxVariablesBytes), scopes, documents, options, logger, rateLimiter);
        _lifetime = lifetime;
        lifetime.ApplicationStopping.Register(CloseAll);
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(TransportWsProtocol.Subprotocol, StringComparer.Ordinal))
        {
            // Refused in the handshake rather than with a close code: a client that offered other subprotocols fails
            // the handshake anyway when the server picks none of them (RFC 6455, 4.1), so it would never see the code.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"Use the WebSocket subprotocol '{TransportWsProtocol.Subprotocol}'.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        // A connection attempt costs a permit; the upgrade carries no token, so it counts for whoever the request is.
        if (_endpoint.RateLimiter is { } limiter && !limiter.TryAcquire(context, context.User, 1, out var retryAfter))
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = RateLimitRefusal.RetryAfterSeconds(retryAfter);
            context.Response.ContentType = "application/json; charset=utf-8";
            await _endpoint.Serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [RateLimitRefusal.Error(retryAfter)] }, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(TransportWsProtocol.Subprotocol).ConfigureAwait(false);
        using var connection = new WebSocketConnection(socket, context, _endpoint);
        _open.TryAdd(connection, 0);
        try
        {
            // A socket accepted while the host stops would miss the stopping signal.
            if (_lifetime.ApplicationStopping.IsCancellationRequested)
            {
                connection.Close(CloseReason.ServerShuttingDown);
            }

            await connection.RunAsync().ConfigureAwait(false);
        }
        finally
        {
            _open.TryRemove(connection, out _);
        }
    }

    private void CloseAll()
    {
        foreach (var connection in _open.Keys)
        {
            connection.Close(CloseReason.ServerShuttingDown);
        }
    }
}
