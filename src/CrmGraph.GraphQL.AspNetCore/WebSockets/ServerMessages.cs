using System.Text.Json;
using GraphQL.Transport;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>The messages the server sends, shaped as graphql-transport-ws defines them.</summary>
internal static class ServerMessages
{
    public static OperationMessage ConnectionAck() => new() { Type = TransportWsProtocol.ConnectionAck };

    public static OperationMessage Ping() => new() { Type = TransportWsProtocol.Ping };

    /// <summary>A pong carrying the ping's own payload back, which the protocol allows.</summary>
    public static OperationMessage Pong(IReadOnlyDictionary<string, JsonElement>? payload) =>
        new() { Type = TransportWsProtocol.Pong, Payload = payload };

    public static OperationMessage Next(string id, ExecutionResult result) => new() { Id = id, Type = TransportWsProtocol.Next, Payload = result };

    /// <summary>Ends the operation with GraphQL errors; no <c>complete</c> follows.</summary>
    public static OperationMessage Error(string id, IEnumerable<ExecutionError> errors) =>
        new() { Id = id, Type = TransportWsProtocol.Error, Payload = errors.ToArray() };

    public static OperationMessage Complete(string id) => new() { Id = id, Type = TransportWsProtocol.Complete };
}
