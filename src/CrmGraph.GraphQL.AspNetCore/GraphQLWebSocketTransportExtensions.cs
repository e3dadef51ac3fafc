using CrmGraph.GraphQL.AspNetCore.WebSockets;
using GraphQL.DI;
using GraphQL.Types;

namespace CrmGraph.GraphQL.AspNetCore;

public static class GraphQLWebSocketTransportExtensions
{
    /// <summary>
    /// Adds subscriptions (and queries and mutations) over WebSockets with the graphql-transport-ws protocol for
    /// <typeparamref name="TSchema"/>, served on the endpoint <c>MapGraphQLHttp</c> maps. Each operation runs in a
    /// service scope of its own, kept for the life of its stream; each event of a stream is resolved in a fresh
    /// scope, so that no unit of work or data loader is shared across events or operations.
    /// </summary>
    public static IGraphQLBuilder AddWebSocketTransport<TSchema>(this IGraphQLBuilder builder, Action<GraphQLWebSocketOptions>? configure = null)
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddTransportJson();
        builder.AddScopedSubscriptionExecutionStrategy();
        builder.AddNoPersistedDocuments();
        var options = new GraphQLWebSocketOptions();
        configure?.Invoke(options);
        options.Validate();
        builder.Services.Register(options);
        builder.Services.Register<GraphQLWebSocketHandler<TSchema>>(global::GraphQL.DI.ServiceLifetime.Singleton);
        return builder;
    }
}
