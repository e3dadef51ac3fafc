using System.Text.Json;
using GraphQL.Transport;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads one GraphQL request from its JSON object (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>), as a POST body and a WebSocket <c>subscribe</c> payload both carry it.
/// </summary>
internal static class GraphQLRequestJson
{
    /// <summary>The request, or a <see cref="RequestRejectedException"/> saying which member is wrong.</summary>
    public static GraphQLRequest Read(JsonElement element, IGraphQLTextSerializer serializer)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("Each request must be a JSON object.");
        }

        if (!element.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(query.GetString()))
        {
            throw Invalid("The request needs a 'query' string holding the GraphQL document.");
        }

        return new GraphQLRequest
        {
            Query = query.GetString(),
            OperationName = OptionalString(element, "operationName"),
            Variables = OptionalObject(element, "variables", serializer),
            Extensions = OptionalObject(element, "extensions", serializer),
        };
    }

    public static RequestRejectedException Invalid(string message) => new(RequestRejection.BadRequest("INVALID_REQUEST", message));

    private static string? OptionalString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Invalid($"'{name}' must be a string.");
    }

    private static Inputs? OptionalObject(JsonElement element, string name, IGraphQLTextSerializer serializer)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(value.GetRawText()) : throw Invalid($"'{name}' must be a JSON object.");
    }
}
