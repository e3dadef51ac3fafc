using System.Text;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Bodies over the host's <c>MaxRequestBodyBytes</c> get 413, whether or not they announce their length.</summary>
[Collection(MaskedHost.Collection)]
public sealed class RequestSizeTests(MaskedHost host)
{
    /// <summary>A valid request whose JSON body is exactly <paramref name="bytes"/> long (padded with spaces).</summary>
    private static byte[] BodyOf(int bytes)
    {
        var json = """{"query":"{ hello }"}""";
        return Encoding.UTF8.GetBytes(json + new string(' ', bytes - json.Length));
    }

    private Task<GraphQLReply> PostAsync(HttpContent content)
    {
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return host.SendAsync(new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = content });
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_runs()
    {
        var reply = await PostAsync(new ByteArrayContent(BodyOf(MaskedHost.MaxRequestBodyBytes)));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_body_announced_over_the_limit_gets_413()
    {
        var reply = await PostAsync(new ByteArrayContent(BodyOf(MaskedHost.MaxRequestBodyBytes + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal("REQUEST_TOO_LARGE", reply.SingleErrorCode());
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_413()
    {
        using var stream = new MemoryStream(BodyOf(MaskedHost.MaxRequestBodyBytes * 3));
        var content = new StreamContent(stream);

        var message = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = content };
        message.Headers.TransferEncodingChunked = true;
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var reply = await host.SendAsync(message);

        Assert.Null(message.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal("REQUEST_TOO_LARGE", reply.SingleErrorCode());
    }
}
