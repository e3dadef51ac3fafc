using Microsoft.AspNetCore.Builder;

namespace CrmGraph.GraphQL.AspNetCore.Ide;

public static class GraphiQLApplicationBuilderExtensions
{
    /// <summary>
    /// Serves GraphiQL at <paramref name="path"/> to browsers: a GET whose <c>Accept</c> prefers HTML gets the IDE's page
    /// and <c>{path}/ide/*</c> its files, all from this assembly (no CDN). Everything else, API requests to the same
    /// path included, goes on to the next middleware untouched. Add it before the GraphQL endpoint's authentication
    /// challenges, since the page itself needs no token.
    /// </summary>
    public static IApplicationBuilder UseGraphiQL(this IApplicationBuilder app, PathString path, GraphiQLOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        var assets = path.Add("/ide");
        var page = GraphiQLPage.Render(options, assets);
        var policy = GraphiQLPage.ContentSecurityPolicy(options);
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            if (request.Path == path && !context.WebSockets.IsWebSocketRequest && HtmlPreference.PrefersHtml(request.Headers.Accept))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.ContentSecurityPolicy = policy;
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Vary = "Accept";
                await context.Response.WriteAsync(page, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            if (request.Path.StartsWithSegments(assets, out var rest) && GraphiQLAssets.TryGet(rest.Value!.TrimStart('/'), out var content, out var contentType))
            {
                context.Response.ContentType = contentType;
                context.Response.Headers.CacheControl = "public, max-age=3600";
                await context.Response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }
}
