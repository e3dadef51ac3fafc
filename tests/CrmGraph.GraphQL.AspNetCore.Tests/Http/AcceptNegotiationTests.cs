namespace CrmGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>The response's media type follows the request's Accept header; an unacceptable one gets 406.</summary>
[Collection(MaskedHost.Collection)]
public sealed class AcceptNegotiationTests(MaskedHost host)
{
    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("text/html, application/json;q=0.1", "application/json")]
    public async Task The_response_has_the_media_type_the_client_accepts(string accept, string expected)
    {
        var reply = await host.PostAsync(new { query = "{ hello }" }, accept);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(expected, reply.MediaType);
        Assert.Equal("utf-8", reply.Response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Without_an_accept_header_the_response_is_the_graphql_response_type()
    {
        var reply = await host.PostAsync(new { query = "{ hello }" }, accept: null);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/graphql-response+json", reply.MediaType);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    public async Task An_unacceptable_accept_header_gets_406_and_nothing_runs(string accept)
    {
        var counter = TestProbe.NewRun();

        var reply = await host.PostAsync(new { query = $$"""mutation { increment(counter: "{{counter}}") }""" }, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, reply.Status);
        Assert.Equal("NOT_ACCEPTABLE", reply.SingleErrorCode());
        Assert.Equal(0, host.Probe.Counter(counter));
    }
}
