using System.Runtime.InteropServices;
using System.Text.Json;
using CrmGraph.GraphQL.AspNetCore.Persisted;
using GraphQL.Transport;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads one GraphQL request from its JSON object (<c>query</c> or <c>documentId</c>, <c>operationName</c>,
/// <c>variables</c>, <c>extensions</c>), as a POST body and a WebSocket <c>subscribe</c> payload both carry it.
/// </summary>
internal static class GraphQLRequestJson
{
    /// <summary>The request, or a <see cref="RequestRejectedException"/> saying which member is wrong.</summary>
    public static GraphQLRequest Read(JsonElement element, IGraphQLTextSerializer serializer, int maxVariablesBytes)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("Each request must be a JSON object.");
        }

        if (element.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object)
        {
            CheckVariablesSize(JsonMarshal.GetRawUtf8Value(variables).Length, maxVariablesBytes);
        }

        return Checked(new GraphQLRequest
        {
            Query = OptionalString(element, "query"),
            DocumentId = OptionalString(element, "documentId"),
            OperationName = OptionalString(element, "operationName"),
            Variables = OptionalObject(element, "variables", serializer),
            Extensions = OptionalObject(element, "extensions", serializer),
        });
    }

    /// <summary>
    /// Insists on a document, as text or as the id of a persisted one (<c>documentId</c>, or an automatic persisted
    /// query's hash when no text is sent), but not both.
    /// </summary>
    public static GraphQLRequest Checked(GraphQLRequest request)
    {
        if (request.Query is not null && string.IsNullOrWhiteSpace(request.Query))
        {
            throw Invalid("'query' holds no GraphQL document.");
        }

        if (request.Query is not null && request.DocumentId is not null)
        {
            throw Invalid("Send either 'query' or 'documentId', not both.");
        }

        request.DocumentId ??= request.Query is null ? PersistedDocuments.IdFromExtensions(request.Extensions) : null;
        return request.Query is null && string.IsNullOrEmpty(request.DocumentId)
            ? throw Invalid("The request needs a 'query' string holding the GraphQL document, or the 'documentId' of a persisted document.")
            : request;
    }

    /// <summary>Refuses variables of more than <paramref name="maxBytes"/> bytes of JSON, before they are deserialized.</summary>
    public static void CheckVariablesSize(int bytes, int maxBytes)
    {
        if (bytes > maxBytes)
        {
            throw new RequestRejectedException(new RequestRejection(
                StatusCodes.Status413PayloadTooLarge,
                "VARIABLES_TOO_LARGE",
                $"The variables take {bytes} bytes of JSON; at most {maxBytes} are accepted."));
        }
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
