using System.Net;
using System.Text.Json;

namespace CrmGraph.GraphQL.AspNetCore.Ide;

/// <summary>The IDE's HTML page: GraphiQL and its sign-in, with the options as JSON the script reads.</summary>
internal static class GraphiQLPage
{
    public static string Render(GraphiQLOptions options, string assets)
    {
        var config = JsonSerializer.Serialize(new
        {
            title = options.Title,
            defaultQuery = options.DefaultQuery,
            signIn = new
            {
                authority = options.Authority?.ToString(),
                clientId = options.ClientId,
                scope = options.Scope,
                unavailable = options.SignInUnavailable,
            },
        });

        // The JSON sits in a non-executed script element; "<" is escaped by the serializer, so it cannot end the element.
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{WebUtility.HtmlEncode(options.Title)} GraphiQL</title>
              <link rel="stylesheet" href="{assets}/graphiql.min.css">
              <link rel="stylesheet" href="{assets}/ide.css">
            </head>
            <body>
              <div id="ide">Loading…</div>
              <script type="application/json" id="ide-config">{config}</script>
              <script src="{assets}/react.production.min.js"></script>
              <script src="{assets}/react-dom.production.min.js"></script>
              <script src="{assets}/graphql-ws.min.js"></script>
              <script src="{assets}/graphiql.min.js"></script>
              <script src="{assets}/ide.js"></script>
            </body>
            </html>
            """;
    }

    /// <summary>Scripts and styles from this server only; requests to it and, for sign-in, to the authority.</summary>
    public static string ContentSecurityPolicy(GraphiQLOptions options)
    {
        var authority = options.Authority is { } external ? " " + external.GetLeftPart(UriPartial.Authority) : string.Empty;
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + $"connect-src 'self'{authority}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }
}
