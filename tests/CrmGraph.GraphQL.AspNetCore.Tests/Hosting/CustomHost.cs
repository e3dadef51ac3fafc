using CrmGraph.GraphQL.AspNetCore.WebSockets;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// A host of one test's own, with the WebSocket options it chooses: for settings no shared host can have (an
/// initialisation timeout too short for other tests) or for a host the test stops.
/// </summary>
public sealed class CustomHost(Action<GraphQLWebSocketOptions> configure) : TransportHost
{
    public static async Task<CustomHost> StartAsync(Action<GraphQLWebSocketOptions> configure)
    {
        var host = new CustomHost(configure);
        await host.InitializeAsync();
        return host;
    }

    protected override void ConfigureWebSockets(GraphQLWebSocketOptions options) => configure(options);
}
