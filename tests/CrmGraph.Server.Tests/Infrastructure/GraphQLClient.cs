using System.Net.Http.Json;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>A plain GraphQL-over-HTTP client: POSTs a document and returns the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>Posts and insists on a response without errors, returning its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors}");
        return response.Data;
    }

    public void Dispose() => Http.Dispose();
}
