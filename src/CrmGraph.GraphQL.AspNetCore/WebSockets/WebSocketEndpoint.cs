using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>What every connection of one WebSocket endpoint shares: its schema's executer, services and settings.</summary>
internal sealed record WebSocketEndpoint(
    IDocumentExecuter Executer,
    IGraphQLTextSerializer Serializer,
    IncomingMessageReader Reader,
    IServiceScopeFactory Scopes,
    GraphQLWebSocketOptions Options,
    ILogger Logger);
