namespace CrmGraph.GraphQL.AspNetCore.Tests.Limits;

/// <summary>
/// Nesting beyond what the parser or the limit walk will follow is refused as too deep, never as a server error,
/// under the default depth and token limits.
/// </summary>
[Collection(ExposedHost.Collection)]
public sealed class NestingTests(ExposedHost host)
{
    [Fact]
    public async Task Fields_nested_deeper_than_the_parser_goes_are_refused_with_max_depth_over_post_and_get()
    {
        var run = TestProbe.NewRun();
        var document = Tree.Nested(run, 150);

        (await host.PostAsync(new { query = document })).AssertRefused("MAX_DEPTH");
        (await host.GetAsync(document)).AssertRefused("MAX_DEPTH");
        Assert.Equal(0, host.Probe.Counter(run));
    }

    [Fact]
    public async Task A_chain_of_fragments_longer_than_the_walk_follows_is_refused_with_max_depth()
    {
        var run = TestProbe.NewRun();
        var chain = string.Concat(Enumerable.Range(1, 250).Select(i => $" fragment F{i} on Branch {{ ...F{i + 1} }}"));

        var reply = await host.PostAsync(new { query = Tree.Query(run, "...F1") + chain + " fragment F251 on Branch { name }" });

        reply.AssertRefused("MAX_DEPTH");
        Assert.Equal(0, host.Probe.Counter(run));
    }
}
