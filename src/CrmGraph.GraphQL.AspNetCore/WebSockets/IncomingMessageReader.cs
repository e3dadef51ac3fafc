using System.Text.Json;
using CrmGraph.GraphQL.AspNetCore.Http;
using GraphQL.Transport;

namespace CrmGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>Reads a client's message and checks it against what graphql-transport-ws allows for its type.</summary>
internal sealed class IncomingMessageReader(IGraphQLTextSerializer serializer, int maxVariablesBytes)
{
    /// <summary>The message, or an <see cref="InvalidMessageException"/> saying what is wrong with it.</summary>
    public IncomingMessage Read(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            throw new InvalidMessageException("Invalid message: not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                throw new InvalidMessageException("Invalid message: a message is a JSON object with a 'type' string");
            }

            var type = typeElement.GetString()!;
            return type switch
            {
                TransportWsProtocol.ConnectionInit or TransportWsProtocol.Ping or TransportWsProtocol.Pong => new IncomingMessage(type, string.Empty, OptionalPayload(root, type), null),
                TransportWsProtocol.Subscribe => new IncomingMessage(type, RequiredId(root, type), null, SubscribeRequest(root)),
                TransportWsProtocol.Complete => new IncomingMessage(type, RequiredId(root, type), null, null),
                _ => throw new InvalidMessageException($"Invalid message: unexpected type '{type}'"),
            };
        }
    }

    private static string RequiredId(JsonElement root, string type) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : throw new InvalidMessageException($"Invalid message: '{type}' needs a non-empty 'id' string");

    private static Dictionary<string, JsonElement>? OptionalPayload(JsonElement root, string type)
    {
        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (payload.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMessageException($"Invalid message: the payload of '{type}' must be an object");
        }

        // Cloned, because the elements outlive the document (and its buffer, which the next message reuses).
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in payload.EnumerateObject())
        {
            members[member.Name] = member.Value.Clone();
        }

        return members;
    }

    private GraphQLRequest SubscribeRequest(JsonElement root)
    {
        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMessageException("Invalid message: 'subscribe' needs a payload object");
        }

        try
        {
            return GraphQLRequestJson.Read(payload, serializer, maxVariablesBytes);
        }
        catch (RequestRejectedException rejected)
        {
            throw new InvalidMessageException("Invalid subscribe payload: " + rejected.Message);
        }
    }
}
