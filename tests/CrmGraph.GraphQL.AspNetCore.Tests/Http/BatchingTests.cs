namespace CrmGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>A JSON array of requests gets an array of results, within the host's batch limit.</summary>
[Collection(MaskedHost.Collection)]
public sealed class BatchingTests(MaskedHost host)
{
    [Fact]
    public async Task A_batch_of_two_gets_two_results_in_order()
    {
        var reply = await host.PostAsync(new object[]
        {
            new { query = """{ hello(name: "one") }""" },
            new { query = "query($n: String) { hello(name: $n) }", variables = new { n = "two" } },
        });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonValueKind.Array, reply.Body.ValueKind);
        Assert.Equal(
            ["Hello, one!", "Hello, two!"],
            reply.Body.EnumerateArray().Select(result => result.GetProperty("data").GetProperty("hello").GetString()));
    }

    [Fact]
    public async Task A_batch_may_run_mutations_in_order()
    {
        var counter = TestProbe.NewRun();
        var mutation = new { query = $$"""mutation { increment(counter: "{{counter}}") }""" };

        var reply = await host.PostAsync(new object[] { mutation, mutation });

        Assert.Equal([1, 2], reply.Body.EnumerateArray().Select(result => result.GetProperty("data").GetProperty("increment").GetInt32()));
        Assert.Equal(2, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task A_failing_request_of_a_batch_leaves_the_others_alone_and_the_status_200()
    {
        var reply = await host.PostAsync(new object[] { new { query = "{ nonsense }" }, new { query = "{ hello }" } });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var results = reply.Body.EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", GraphQLReply.CodeOf(Assert.Single(results[0].GetProperty("errors").EnumerateArray())));
        Assert.False(results[0].TryGetProperty("data", out _));
        Assert.Equal("Hello, world!", results[1].GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_batch_at_the_limit_runs()
    {
        var reply = await host.PostAsync(Enumerable.Repeat(new { query = "{ hello }" }, MaskedHost.MaxBatchSize).ToArray());

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(MaskedHost.MaxBatchSize, reply.Body.GetArrayLength());
    }

    [Fact]
    public async Task A_batch_over_the_limit_gets_400_and_nothing_runs()
    {
        var counter = TestProbe.NewRun();
        var mutation = new { query = $$"""mutation { increment(counter: "{{counter}}") }""" };

        var reply = await host.PostAsync(Enumerable.Repeat(mutation, MaskedHost.MaxBatchSize + 1).ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("BATCH_TOO_LARGE", reply.SingleErrorCode());
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task An_empty_batch_gets_400()
    {
        var reply = await host.PostRawAsync("[]");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("INVALID_REQUEST", reply.SingleErrorCode());
    }

    [Fact]
    public async Task A_batch_holding_something_other_than_requests_gets_400_and_nothing_runs()
    {
        var counter = TestProbe.NewRun();
        var body = $$$"""[{"query": "mutation { increment(counter: \"{{{counter}}}\") }"}, 5]""";

        var reply = await host.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("INVALID_REQUEST", reply.SingleErrorCode());
        Assert.Equal(0, host.Probe.Counter(counter));
    }
}
