using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>Reads GraphQL requests from POST bodies and GET query strings, refusing malformed ones with a reason.</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, GraphQLHttpOptions options)
{
    public async Task<ParsedRequest> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsGet(request.Method) ? ReadQueryString(request.Query) : await ReadBodyAsync(request).ConfigureAwait(false);
    }

    private ParsedRequest ReadQueryString(IQueryCollection query)
    {
        if (query["query"].Count > 1 || query["documentId"].Count > 1)
        {
            return ParsedRequest.Refused(RequestRejection.BadRequest("INVALID_REQUEST", "A GET request takes at most one 'query' (or 'documentId') parameter."));
        }

        try
        {
            var variables = query["variables"].ToString();
            GraphQLRequestJson.CheckVariablesSize(Encoding.UTF8.GetByteCount(variables), options.MaxVariablesBytes);
            return new ParsedRequest(
                [
                    GraphQLRequestJson.Checked(new GraphQLRequest
                    {
                        Query = OptionalParameter(query, "query"),
                        DocumentId = OptionalParameter(query, "documentId"),
                        OperationName = OptionalParameter(query, "operationName"),
                        Variables = ParseObject(variables, "variables"),
                        Extensions = ParseObject(query["extensions"].ToString(), "extensions"),
                    }),
                ],
                IsBatch: false,
                Rejection: null);
        }
        catch (RequestRejectedException rejected)
        {
            return ParsedRequest.Refused(rejected.Rejection);
        }
    }

    private static string? OptionalParameter(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;

    private async Task<ParsedRequest> ReadBodyAsync(HttpRequest request)
    {
        if (!IsJson(request.ContentType))
        {
            return ParsedRequest.Refused(new RequestRejection(
                StatusCodes.Status415UnsupportedMediaType,
                "UNSUPPORTED_MEDIA_TYPE",
                "Send the request body as 'application/json' (UTF-8)."));
        }

        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return ParsedRequest.Refused(TooLarge());
        }

        var body = await ReadLimitedAsync(request.Body, options.MaxRequestBodyBytes, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return ParsedRequest.Refused(TooLarge());
        }

        // JSON parsing leaves strings undecoded until they are read, so bad UTF-8 inside one would surface later.
        if (!Utf8.IsValid(body))
        {
            return ParsedRequest.Refused(RequestRejection.BadRequest("INVALID_JSON", "The request body is not valid UTF-8."));
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => new ParsedRequest([GraphQLRequestJson.Read(root, serializer, options.MaxVariablesBytes)], IsBatch: false, Rejection: null),
                JsonValueKind.Array => ReadBatch(root),
                _ => ParsedRequest.Refused(RequestRejection.BadRequest("INVALID_REQUEST", "The request body must be a JSON object (or an array of them for a batch).")),
            };
        }
        catch (JsonException exception)
        {
            return ParsedRequest.Refused(RequestRejection.BadRequest("INVALID_JSON", $"The request body is not valid JSON: {exception.Message}"));
        }
        catch (RequestRejectedException rejected)
        {
            return ParsedRequest.Refused(rejected.Rejection);
        }
    }

    private ParsedRequest ReadBatch(JsonElement array)
    {
        var count = array.GetArrayLength();
        if (options.MaxBatchSize == 0)
        {
            return ParsedRequest.Refused(RequestRejection.BadRequest("BATCHING_DISABLED", "This endpoint takes one request per HTTP request; send a JSON object, not an array."));
        }

        if (count == 0)
        {
            return ParsedRequest.Refused(RequestRejection.BadRequest("INVALID_REQUEST", "A batch holds at least one request."));
        }

        if (count > options.MaxBatchSize)
        {
            return ParsedRequest.Refused(RequestRejection.BadRequest("BATCH_TOO_LARGE", $"A batch holds at most {options.MaxBatchSize} requests (got {count}); nothing of it ran."));
        }

        return new ParsedRequest(array.EnumerateArray().Select(element => GraphQLRequestJson.Read(element, serializer, options.MaxVariablesBytes)).ToList(), IsBatch: true, Rejection: null);
    }

    private Inputs? ParseObject(string text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => serializer.Deserialize<Inputs>(text),
                JsonValueKind.Null => null,
                _ => throw GraphQLRequestJson.Invalid($"'{name}' must be a JSON-encoded object."),
            };
        }
        catch (JsonException)
        {
            throw GraphQLRequestJson.Invalid($"'{name}' must be a JSON-encoded object.");
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            return false;
        }

        var charset = type.Charset.Value;
        return string.Equals(type.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase) &&
            (charset is null || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private RequestRejection TooLarge() => new(
        StatusCodes.Status413PayloadTooLarge,
        "REQUEST_TOO_LARGE",
        $"The request body is larger than {options.MaxRequestBodyBytes} bytes.");
}
