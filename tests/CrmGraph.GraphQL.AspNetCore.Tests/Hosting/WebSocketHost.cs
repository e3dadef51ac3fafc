using CrmGraph.GraphQL.AspNetCore.Http;
using CrmGraph.GraphQL.AspNetCore.WebSockets;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// Production-like WebSocket settings: exception details hidden, the test authentication hook, the admin-only
/// rule on both transports, and small limits so that tests reach them quickly.
/// </summary>
public sealed class WebSocketHost : TransportHost
{
    public const string Collection = "websocket transport host";
    public const int MaxPendingMessages = 16;
    public const int MaxMessageBytes = 16 * 1024;

    protected override void Configure(GraphQLHttpOptions options) => options.ConfigureExecution = AdminOnlyRule.AddToAsync;

    protected override void ConfigureWebSockets(GraphQLWebSocketOptions options)
    {
        options.AuthenticateConnection = TestAuthentication.AuthenticateConnectionAsync;
        options.ConfigureExecution = AdminOnlyRule.AddToAsync;
        options.MaxPendingMessages = MaxPendingMessages;
        options.MaxMessageBytes = MaxMessageBytes;
        options.CloseTimeout = TimeSpan.FromSeconds(2);
    }
}

[CollectionDefinition(WebSocketHost.Collection)]
public sealed class WebSocketHostCollection : ICollectionFixture<WebSocketHost>;
