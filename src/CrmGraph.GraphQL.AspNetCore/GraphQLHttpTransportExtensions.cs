using System.Text.Encodings.Web;
using CrmGraph.GraphQL.AspNetCore.Caching;
using CrmGraph.GraphQL.AspNetCore.DataLoading;
using CrmGraph.GraphQL.AspNetCore.Http;
using CrmGraph.GraphQL.AspNetCore.WebSockets;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.AspNetCore;

public static class GraphQLHttpTransportExtensions
{
    /// <summary>
    /// Adds the GraphQL-over-HTTP transport and per-request data loaders for <typeparamref name="TSchema"/>.
    /// Queries run their resolvers one at a time, so resolvers may share one unit of work per request.
    /// </summary>
    public static IGraphQLBuilder AddHttpTransport<TSchema>(this IGraphQLBuilder builder, Action<GraphQLHttpOptions>? configure = null)
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddTransportJson();
        builder.AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query);
        var options = new GraphQLHttpOptions();
        configure?.Invoke(options);
        builder.Services.Register(options);
        builder.Services.Register<GraphQLRequestReader>(global::GraphQL.DI.ServiceLifetime.Singleton);
        builder.AddNoPersistedDocuments();
        builder.Services.Register<GraphQLHttpHandler<TSchema>>(global::GraphQL.DI.ServiceLifetime.Singleton);
        builder.Services.Register<DataLoaderRegistry>(global::GraphQL.DI.ServiceLifetime.Scoped);
        builder.ConfigureExecution(new ParsedDocumentCache(options.MaxCachedDocuments));
        return builder;
    }

    /// <summary>
    /// Maps the GraphQL endpoint at <paramref name="pattern"/>: GET and POST over HTTP (other methods get 405) and,
    /// when <c>AddWebSocketTransport</c> was called, WebSocket upgrade requests with the graphql-transport-ws
    /// subprotocol. WebSockets need <c>app.UseWebSockets()</c> before this endpoint; when the server's identity comes
    /// from cookies, also restrict <c>WebSocketOptions.AllowedOrigins</c>, since browsers send cookies with
    /// cross-site WebSocket requests.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var http = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler<TSchema>>();
        if (endpoints.ServiceProvider.GetService<GraphQLWebSocketHandler<TSchema>>() is not { } webSockets)
        {
            return endpoints.Map(pattern, http.HandleAsync);
        }

        return endpoints.Map(pattern, context => context.WebSockets.IsWebSocketRequest ? webSockets.HandleAsync(context) : http.HandleAsync(context));
    }

    /// <summary>The JSON both transports write: non-ASCII text (names like "Ekström") as is, not as \u escapes.</summary>
    internal static void AddTransportJson(this IGraphQLBuilder builder) =>
        builder.AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
