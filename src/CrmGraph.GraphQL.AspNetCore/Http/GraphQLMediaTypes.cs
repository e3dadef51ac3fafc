using Microsoft.Net.Http.Headers;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>The response media types of GraphQL over HTTP, and which one a request's Accept header asks for.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The best acceptable response type, or null when the client accepts none we can send. A missing Accept
    /// header gets <c>application/graphql-response+json</c> (the specification's default since 2025). Each type
    /// takes the quality of the most specific range that names it, as HTTP says, so
    /// <c>application/json;q=0, */*</c> excludes JSON. Equal qualities go to the type listed first, and a bare
    /// wildcard, which names neither, to <c>application/json</c>, which legacy clients understand.
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

        var json = Rate(Json, ranges);
        var graphQLResponse = Rate(GraphQLResponse, ranges);
        var best = graphQLResponse.Quality > json.Quality || (graphQLResponse.Quality == json.Quality && graphQLResponse.Position < json.Position)
            ? (Type: GraphQLResponse, graphQLResponse.Quality)
            : (Type: Json, json.Quality);
        return best.Quality > 0 ? best.Type : null;
    }

    /// <summary>The quality the most specific matching range gives a type, and where that range stands.</summary>
    private static (double Quality, int Position) Rate(string type, IList<MediaTypeHeaderValue> ranges)
    {
        var rating = (Quality: 0.0, Position: int.MaxValue);
        var bestSpecificity = -1;
        for (var position = 0; position < ranges.Count; position++)
        {
            var range = ranges[position].MediaType.Value ?? string.Empty;
            var specificity = string.Equals(range, type, StringComparison.OrdinalIgnoreCase) ? 2
                : string.Equals(range, "application/*", StringComparison.OrdinalIgnoreCase) ? 1
                : range == "*/*" ? 0
                : -1;
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                rating = (ranges[position].Quality ?? 1.0, position);
            }
        }

        return rating;
    }
}
