using System.Text.Json;
using GraphQL.Transport;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// A client's message, already checked against its type: <see cref="Id"/> is set for <c>subscribe</c> and
/// <c>complete</c>, <see cref="Request"/> for <c>subscribe</c>, <see cref="Payload"/> is the object that
/// <c>connection_init</c>, <c>ping</c> and <c>pong</c> may carry.
/// </summary>
internal sealed record IncomingMessage(string Type, string Id, IReadOnlyDictionary<string, JsonElement>? Payload, GraphQLRequest? Request);
