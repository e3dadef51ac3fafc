using System.Text.Encodings.Web;
using CrmGraph.GraphQL.AspNetCore.DataLoading;
using CrmGraph.GraphQL.AspNetCore.Http;
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
        // Non-ASCII text (names like "Ekström") is written as is, not as \u escapes.
        builder.AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query);
        var options = new GraphQLHttpOptions();
        configure?.Invoke(options);
        builder.Services.Register(options);
        builder.Services.Register<GraphQLRequestReader>(global::GraphQL.DI.ServiceLifetime.Singleton);
        builder.Services.Register<GraphQLHttpHandler<TSchema>>(global::GraphQL.DI.ServiceLifetime.Singleton);
        builder.Services.Register<DataLoaderRegistry>(global::GraphQL.DI.ServiceLifetime.Scoped);
        return builder;
    }

    /// <summary>Maps the GraphQL endpoint (GET and POST, other methods get 405) at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler<TSchema>>();
        return endpoints.Map(pattern, handler.HandleAsync);
    }
}
