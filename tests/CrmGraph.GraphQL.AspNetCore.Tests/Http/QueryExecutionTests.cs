namespace CrmGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Queries sent the ordinary ways (POST body, GET query string) run and answer with their data.</summary>
[Collection(MaskedHost.Collection)]
public sealed class QueryExecutionTests(MaskedHost host)
{
    [Fact]
    public async Task Post_with_a_json_body_runs_the_query_with_its_variables()
    {
        var reply = await host.PostAsync(new
        {
            query = "query Greet($name: String) { hello(name: $name) }",
            variables = new { name = "Ekström" },
        });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, Ekström!", reply.Data.GetProperty("hello").GetString());
        Assert.Empty(reply.Errors);
    }

    [Fact]
    public async Task Post_accepts_a_utf8_charset_on_the_content_type()
    {
        var reply = await host.PostRawAsync("""{"query":"{ hello }"}""", contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_runs_the_query_string_document_with_json_encoded_variables()
    {
        var reply = await host.GetAsync("query Greet($name: String) { hello(name: $name) }", variables: """{"name":"Ada"}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, Ada!", reply.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_runs_only_the_operation_named_by_operation_name()
    {
        const string Document = """query First { first: hello(name: "one") } query Second { second: hello(name: "two") }""";

        var reply = await host.PostAsync(new { query = Document, operationName = "Second" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, two!", reply.Data.GetProperty("second").GetString());
        Assert.False(reply.Data.TryGetProperty("first", out _));
    }

    [Fact]
    public async Task Get_runs_only_the_operation_named_by_operation_name()
    {
        const string Document = """query First { first: hello(name: "one") } query Second { second: hello(name: "two") }""";

        var reply = await host.GetAsync(Document, operationName: "First");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, one!", reply.Data.GetProperty("first").GetString());
        Assert.False(reply.Data.TryGetProperty("second", out _));
    }

    [Fact]
    public async Task Post_runs_a_mutation()
    {
        var counter = TestProbe.NewRun();
        var mutation = $$"""mutation { increment(counter: "{{counter}}") }""";

        var first = await host.PostAsync(new { query = mutation });
        var second = await host.PostAsync(new { query = mutation });

        Assert.Equal(1, first.Data.GetProperty("increment").GetInt32());
        Assert.Equal(2, second.Data.GetProperty("increment").GetInt32());
        Assert.Equal(2, host.Probe.Counter(counter));
    }
}
