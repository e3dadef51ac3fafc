using CrmGraph.GraphQL.AspNetCore.WebSockets;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>Keep-alive pings every 100 ms and no authentication hook, so connections act for HttpContext.User.</summary>
public sealed class KeepAliveHost : TransportHost
{
    public const string Collection = "websocket keep-alive host";

    protected override void ConfigureWebSockets(GraphQLWebSocketOptions options) => options.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
}

[CollectionDefinition(KeepAliveHost.Collection)]
public sealed class KeepAliveHostCollection : ICollectionFixture<KeepAliveHost>;
