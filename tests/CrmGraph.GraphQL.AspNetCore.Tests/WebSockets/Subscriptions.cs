namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The subscription documents the tests send, and how to read their events.</summary>
internal static class Subscriptions
{
    public const string Events = "subscription Events($topic: String!) { events(topic: $topic) { sequence text } }";

    public static JsonElement Event(this SocketMessage next) => next.Payload.GetProperty("data").GetProperty("events");

    public static int Sequence(this SocketMessage next) => next.Event().GetProperty("sequence").GetInt32();
}
