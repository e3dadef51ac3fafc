namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>The names the graphql-transport-ws protocol defines: its subprotocol and its message types.</summary>
internal static class TransportWsProtocol
{
    public const string Subprotocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}
