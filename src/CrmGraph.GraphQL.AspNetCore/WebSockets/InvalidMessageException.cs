namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>A client's message breaks the protocol; its message becomes the reason of the 4400 close.</summary>
internal sealed class InvalidMessageException(string message) : Exception(message);
