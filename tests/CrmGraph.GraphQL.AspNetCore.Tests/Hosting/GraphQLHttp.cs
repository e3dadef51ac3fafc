using System.Text;
using CrmGraph.GraphQL.AspNetCore.Http;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>Sends requests to a host's GraphQL endpoint the way clients do, and checks what every response must hold.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponse = GraphQLMediaTypes.GraphQLResponse;

    public static Task<GraphQLReply> PostAsync(this TransportHost host, object request, string? accept = GraphQLResponse) =>
        host.PostRawAsync(JsonSerializer.Serialize(request), accept: accept);

    public static Task<GraphQLReply> PostRawAsync(this TransportHost host, string body, string contentType = "application/json", string? accept = GraphQLResponse)
    {
        ArgumentNullException.ThrowIfNull(host);
        // The content type is sent exactly as given, parameters and all.
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var message = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = content };
        return host.SendAsync(message, accept);
    }

    public static Task<GraphQLReply> GetAsync(this TransportHost host, string query, string? variables = null, string? operationName = null, string? accept = GraphQLResponse)
    {
        ArgumentNullException.ThrowIfNull(host);
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (variables is not null)
        {
            parameters.Add("variables=" + Uri.EscapeDataString(variables));
        }

        if (operationName is not null)
        {
            parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        }

        var uri = new UriBuilder(host.Endpoint) { Query = string.Join('&', parameters) }.Uri;
        return host.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), accept);
    }

    /// <summary>
    /// Sends <paramref name="message"/> (disposing it) and parses the reply. Every error of every response must
    /// carry <c>extensions.code</c>, so this checks that for all of them.
    /// </summary>
    public static async Task<GraphQLReply> SendAsync(this TransportHost host, HttpRequestMessage message, string? accept = GraphQLResponse)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(message);
        using (message)
        {
            if (accept is not null)
            {
                message.Headers.Accept.ParseAdd(accept);
            }

            var response = await host.Client.SendAsync(message);
            var reply = new GraphQLReply(response, await response.Content.ReadAsStringAsync());
            Assert.All(reply.AllErrors, error => Assert.False(string.IsNullOrEmpty(GraphQLReply.CodeOf(error))));
            return reply;
        }
    }
}
