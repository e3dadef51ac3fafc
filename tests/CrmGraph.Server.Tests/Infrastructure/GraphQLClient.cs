using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>A plain GraphQL-over-HTTP client: POSTs a document and returns the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    /// <summary>The bearer token the client sends, if any: the same caller can open a WebSocket with it.</summary>
    public string? AccessToken => Http.DefaultRequestHeaders.Authorization?.Parameter;

    /// <summary>A client for the server at <paramref name="baseAddress"/> that sends <paramref name="accessToken"/> (or none) as its bearer token.</summary>
    public static GraphQLClient For(Uri baseAddress, string? accessToken)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        if (accessToken is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return new GraphQLClient(http);
    }

    /// <summary>Posts a document and hands back the raw HTTP response, for checks on status and headers before any body is read.</summary>
    public Task<HttpResponseMessage> SendAsync(string query, object? variables = null) =>
        Http.PostAsJsonAsync("/graphql", new { query, variables });

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var response = await SendAsync(query, variables);
        return await ReadAsync(response);
    }

    /// <summary>Posts <paramref name="body"/> exactly as given, JSON or not, with <paramref name="contentType"/>.</summary>
    public async Task<GraphQLResponse> PostRawAsync(byte[] body, string contentType = "application/json")
    {
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await Http.PostAsync("/graphql", content);
        return await ReadAsync(response);
    }

    private static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());

    /// <summary>Posts and insists on a response without errors, returning its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors}");
        return response.Data;
    }

    public void Dispose() => Http.Dispose();
}
