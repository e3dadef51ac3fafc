namespace CrmGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Only GET (for queries) and POST are served; everything else gets 405 with an Allow header.</summary>
[Collection(MaskedHost.Collection)]
public sealed class MethodTests(MaskedHost host)
{
    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_not_executed()
    {
        var counter = TestProbe.NewRun();

        var reply = await host.GetAsync($$"""mutation { increment(counter: "{{counter}}") }""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(["POST"], reply.Response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", reply.SingleErrorCode());
        Assert.False(reply.HasData);
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task A_mutation_chosen_by_operation_name_over_get_is_refused_and_not_executed()
    {
        var counter = TestProbe.NewRun();
        var document = $$"""query Read { hello } mutation Write { increment(counter: "{{counter}}") }""";

        var refused = await host.GetAsync(document, operationName: "Write");
        var allowed = await host.GetAsync(document, operationName: "Read");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.Status);
        Assert.Equal(0, host.Probe.Counter(counter));
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal("Hello, world!", allowed.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Put_is_refused_with_405_naming_get_and_post()
    {
        using var message = new HttpRequestMessage(HttpMethod.Put, host.Endpoint)
        {
            Content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json"),
        };

        var reply = await host.SendAsync(message);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(["GET", "POST"], reply.Response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal("METHOD_NOT_ALLOWED", reply.SingleErrorCode());
    }

    [Fact]
    public async Task Delete_is_refused_with_405()
    {
        var reply = await host.SendAsync(new HttpRequestMessage(HttpMethod.Delete, host.Endpoint));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", reply.SingleErrorCode());
    }
}
