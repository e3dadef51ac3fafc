using Microsoft.Net.Http.Headers;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>The response media types of GraphQL over HTTP, and which one a request's Accept header asks for.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The best acceptable response type, or null when the client accepts none we can send. A missing Accept
    /// header gets <c>application/graphql-response+json</c> (the specification's default since 2025);
    /// a bare wildcard gets <c>application/json</c>, which legacy clients understand.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return GraphQLResponse;
        }

        if (!MediaTypeHeaderValue.TryParseList([accept], out var ranges))
        {
            return null;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1.0))
        {
            var quality = range.Quality ?? 1.0;
            var candidate = Match(range);
            if (candidate is not null && quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static string? Match(MediaTypeHeaderValue range)
    {
        var type = range.MediaType.Value?.ToLowerInvariant();
        return type switch
        {
            GraphQLResponse => GraphQLResponse,
            Json => Json,
            "application/*" or "*/*" => Json,
            _ => null,
        };
    }
}
