using Microsoft.Net.Http.Headers;

namespace CrmGraph.GraphQL.AspNetCore.Ide;

/// <summary>
/// Whether a request's <c>Accept</c> names HTML and ranks it at least as high as JSON: what a browser's navigation
/// sends, and no API client (which names JSON, or <c>*/*</c> like curl).
/// </summary>
internal static class HtmlPreference
{
    private static readonly string[] JsonMediaTypes = ["application/json", "application/graphql-response+json"];

    public static bool PrefersHtml(string? accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept?.Split(','), out var ranges))
        {
            return false;
        }

        var html = Quality(ranges, ["text/html"]);
        return html > 0 && html >= Quality(ranges, JsonMediaTypes);
    }

    private static double Quality(IList<MediaTypeHeaderValue> ranges, string[] mediaTypes) =>
        ranges.Where(range => mediaTypes.Contains(range.MediaType.Value, StringComparer.OrdinalIgnoreCase))
            .Select(range => range.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();
}
