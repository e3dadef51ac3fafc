using CrmGraph.GraphQL.AspNetCore.Persisted;
using CrmGraph.GraphQL.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>What every connection of one WebSocket endpoint shares: its schema's executer, services, known documents, settings and rate limit.</summary>
internal sealed record WebSocketEndpoint(
    IDocumentExecuter Executer,
    IGraphQLTextSerializer Serializer,
    IncomingMessageReader Reader,
    IServiceScopeFactory Scopes,
    PersistedDocuments Documents,
    GraphQLWebSocketOptions Options,
    ILogger Logger,
    IOperationRateLimiter? RateLimiter);
