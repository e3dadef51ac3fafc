using System.Text;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Requests that are not GraphQL requests are refused before execution, with a code saying why.</summary>
[Collection(MaskedHost.Collection)]
public sealed class MalformedRequestTests(MaskedHost host)
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_that_is_not_utf8_json_gets_415(string contentType)
    {
        var reply = await host.PostRawAsync("""{"query":"{ hello }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", reply.SingleErrorCode());
        Assert.False(reply.HasData);
    }

    [Theory]
    [InlineData("""{"query": "{ hello }" """, "INVALID_JSON")]
    [InlineData("not json at all", "INVALID_JSON")]
    [InlineData("42", "INVALID_REQUEST")]
    [InlineData("\"{ hello }\"", "INVALID_REQUEST")]
    [InlineData("{}", "INVALID_REQUEST")]
    [InlineData("""{"query": null}""", "INVALID_REQUEST")]
    [InlineData("""{"query": "   "}""", "INVALID_REQUEST")]
    [InlineData("""{"query": 7}""", "INVALID_REQUEST")]
    [InlineData("""{"query": {"text": "{ hello }"}}""", "INVALID_REQUEST")]
    [InlineData("""{"query": "{ hello }", "variables": [1, 2]}""", "INVALID_REQUEST")]
    [InlineData("""{"query": "{ hello }", "variables": "{}"}""", "INVALID_REQUEST")]
    [InlineData("""{"query": "{ hello }", "operationName": 3}""", "INVALID_REQUEST")]
    [InlineData("""{"query": "{ hello }", "extensions": true}""", "INVALID_REQUEST")]
    public async Task A_malformed_post_body_gets_400_with_a_code(string body, string code)
    {
        var reply = await host.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(code, reply.SingleErrorCode());
        Assert.False(reply.HasData);
    }

    [Fact]
    public async Task A_body_that_is_not_valid_utf8_gets_400_and_nothing_runs()
    {
        var counter = TestProbe.NewRun();
        var json = Encoding.UTF8.GetBytes($$"""{"query": "mutation { increment(counter: \"{{counter}}\") }", "operationName": "X"}""");
        // The operation name's first character becomes a lone continuation byte, which UTF-8 never allows there.
        json[Array.LastIndexOf(json, (byte)'X')] = 0x80;
        using var content = new ByteArrayContent(json);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var reply = await host.SendAsync(new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = content });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("INVALID_JSON", reply.SingleErrorCode());
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task Null_variables_and_operation_name_are_the_same_as_none()
    {
        var reply = await host.PostRawAsync("""{"query": "{ hello }", "variables": null, "operationName": null, "extensions": null}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("not json")]
    [InlineData("\"text\"")]
    public async Task Get_variables_that_are_not_a_json_object_get_400(string variables)
    {
        var reply = await host.GetAsync("{ hello }", variables: variables);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("INVALID_REQUEST", reply.SingleErrorCode());
    }

    [Fact]
    public async Task Get_variables_of_null_are_no_variables_as_over_post()
    {
        var reply = await host.GetAsync("{ hello }", variables: "null");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("?operationName=Anything")]
    [InlineData("?query=")]
    [InlineData("?query=%20%20")]
    public async Task Get_without_a_query_gets_400(string queryString)
    {
        var reply = await host.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(host.Endpoint, queryString)));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("INVALID_REQUEST", reply.SingleErrorCode());
    }

    [Fact]
    public async Task Get_with_two_query_parameters_gets_400()
    {
        var uri = new Uri(host.Endpoint, "?query=" + Uri.EscapeDataString("{ hello }") + "&query=" + Uri.EscapeDataString("{ hello }"));

        var reply = await host.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("INVALID_REQUEST", reply.SingleErrorCode());
    }

    [Fact]
    public async Task A_refused_request_answers_in_the_negotiated_media_type()
    {
        var reply = await host.PostRawAsync("42", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/json", reply.MediaType);
    }
}
