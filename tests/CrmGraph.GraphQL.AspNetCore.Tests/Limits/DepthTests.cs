namespace CrmGraph.GraphQL.AspNetCore.Tests.Limits;

/// <summary>Fields nested deeper than the limit, counted through fragments, are refused before anything runs.</summary>
[Collection(LimitedHost.Collection)]
public sealed class DepthTests(LimitedHost host)
{
    [Fact]
    public async Task Fields_nested_to_the_maximum_depth_run()
    {
        var run = TestProbe.NewRun();

        var reply = await host.PostAsync(new { query = Tree.Nested(run, LimitedHost.MaxDepth) });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, host.Probe.Counter(run));
    }

    [Fact]
    public async Task One_level_deeper_is_refused_with_max_depth_and_nothing_runs()
    {
        var run = TestProbe.NewRun();

        var reply = await host.PostAsync(new { query = Tree.Nested(run, LimitedHost.MaxDepth + 1) });

        reply.AssertRefused("MAX_DEPTH");
        Assert.Equal(0, host.Probe.Counter(run));
    }

    [Fact]
    public async Task Depth_is_counted_through_fragments()
    {
        var run = TestProbe.NewRun();
        const string Fragments = """
            fragment Upper on Branch { branch { ...Lower } }
            fragment Lower on Branch { branch { branch { branch { name } } } }
            """;

        var reply = await host.PostAsync(new { query = Tree.Query(run, "...Upper") + Fragments });

        reply.AssertRefused("MAX_DEPTH");
        Assert.Equal(0, host.Probe.Counter(run));
    }

    [Fact]
    public async Task Inline_fragments_add_no_depth()
    {
        var run = TestProbe.NewRun();

        var reply = await host.PostAsync(new { query = Tree.Query(run, "... on Branch { ... on Branch { branch { branch { branch { name } } } } }") });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("branch 3", reply.Data.GetProperty("tree").GetProperty("branch").GetProperty("branch").GetProperty("branch").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("fragment A on Branch { branch { ...B } } fragment B on Branch { ...A }")]
    [InlineData("fragment A on Branch { name ...A }")]
    public async Task Fragment_cycles_are_refused_safely_and_nothing_runs(string fragments)
    {
        var run = TestProbe.NewRun();

        var reply = await host.PostAsync(new { query = Tree.Query(run, "...A") + fragments });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("NO_FRAGMENT_CYCLES", reply.Errors.Select(GraphQLReply.CodeOf));
        Assert.Equal(0, host.Probe.Counter(run));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(new { query = "{ hello }" })).Status);
    }
}
