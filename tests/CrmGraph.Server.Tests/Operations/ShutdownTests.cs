using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>
/// Stopping the server (SIGTERM, or the host stopping) closes live subscriptions with 1001 and lets the requests in
/// flight finish, within the configured shutdown timeout.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_server_closes_an_open_subscription_with_1001()
    {
        await using var server = new RunningServer();
        await server.StartAsync("Development");
        var token = await new OAuthClient(server.BaseAddress).ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read complaints.subscribe");
        await using var socket = await SubscriptionSocket.ConnectAsync(server.BaseAddress, token.AccessToken);
        await socket.SubscribeAsync("filed", "subscription { complaintFiled { id number } }");
        await socket.PingAsync();

        var stopping = server.StopAsync();

        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
        Assert.Equal("Server shutting down", socket.CloseDescription);
        await stopping;
    }

    [Fact]
    public async Task A_request_in_flight_when_the_server_stops_is_answered_before_the_server_stops()
    {
        await using var server = new RunningServer();
        await server.StartAsync("Development", "--shutdownTimeoutSeconds", "20");
        Assert.Equal(TimeSpan.FromSeconds(20), server.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        var token = await new OAuthClient(server.BaseAddress).ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read");

        using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }) { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        request.Headers.ExpectContinue = true;
        var body = new HeldBackBody(Encoding.UTF8.GetBytes("""{"query":"{ customers(first: 1) { totalCount } }"}"""), "application/json");
        request.Content = body;
        var answer = http.SendAsync(request);
        await body.Requested.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = server.StopAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(stopping.IsCompleted, "The server waits for the request in flight.");
        body.Release();

        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.True(data.GetProperty("customers").GetProperty("totalCount").GetInt32() > 0);
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
