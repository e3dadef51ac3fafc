namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>An HTTP response of the GraphQL endpoint: status, headers and the parsed JSON body.</summary>
public sealed class GraphQLReply
{
    public GraphQLReply(HttpResponseMessage response, string text)
    {
        ArgumentNullException.ThrowIfNull(response);
        Response = response;
        Text = text;
        using var document = JsonDocument.Parse(text);
        Body = document.RootElement.Clone();
    }

    public HttpResponseMessage Response { get; }

    public HttpStatusCode Status => Response.StatusCode;

    /// <summary>The response's media type, without parameters.</summary>
    public string? MediaType => Response.Content.Headers.ContentType?.MediaType;

    public string Text { get; }

    public JsonElement Body { get; }

    public bool HasData => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out _);

    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors => ErrorsOf(Body);

    /// <summary>The errors of every result, whether the body is one result or a batch of them.</summary>
    public IReadOnlyList<JsonElement> AllErrors =>
        Body.ValueKind == JsonValueKind.Array ? [.. Body.EnumerateArray().SelectMany(ErrorsOf)] : ErrorsOf(Body);

    /// <summary>The <c>extensions.code</c> of the only error.</summary>
    public string SingleErrorCode() => CodeOf(Assert.Single(Errors));

    /// <summary>Checks what a document refused before execution gets (400, one error with <paramref name="code"/>, no data) and returns that error.</summary>
    public JsonElement AssertRefused(string code)
    {
        Assert.Equal(HttpStatusCode.BadRequest, Status);
        Assert.Equal(code, SingleErrorCode());
        Assert.False(HasData);
        return Errors[0];
    }

    public static string CodeOf(JsonElement error) =>
        error.GetProperty("extensions").GetProperty("code").GetString() ?? throw new InvalidOperationException("The error code is null.");

    private static JsonElement[] ErrorsOf(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];
}
