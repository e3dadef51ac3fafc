namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A client that never sends connection_init is closed once the initialisation timeout passes.</summary>
public sealed class InitTimeoutTests
{
    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var host = await CustomHost.StartAsync(options => options.ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(300));
        await using var socket = await GraphQLSocket.ConnectAsync(host);

        await socket.ExpectCloseAsync(4408, "Connection initialisation timeout");
    }
}
