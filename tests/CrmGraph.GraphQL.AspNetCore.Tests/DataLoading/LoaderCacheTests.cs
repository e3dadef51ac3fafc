namespace CrmGraph.GraphQL.AspNetCore.Tests.DataLoading;

/// <summary>A loader fetches each key once per request: keys loaded before are answered from its cache.</summary>
[Collection(MaskedHost.Collection)]
public sealed class LoaderCacheTests(MaskedHost host)
{
    [Fact]
    public async Task Keys_asked_again_on_a_deeper_level_are_not_fetched_again()
    {
        var (run, reply) = await host.QueryParentsAsync("child { id again { id name } }");

        Assert.Empty(reply.Errors);
        Assert.Single(host.Probe.Fetches(run, Loaders.ChildLoader));
        Assert.All(
            reply.Parents().Select(parent => parent.GetProperty("child")).Where(child => child.ValueKind != JsonValueKind.Null),
            child => Assert.Equal(child.GetProperty("id").GetInt32(), child.GetProperty("again").GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task A_later_fetch_asks_only_for_the_keys_not_loaded_yet()
    {
        var (run, reply) = await host.QueryParentsAsync("child { id next { id } }");

        Assert.Empty(reply.Errors);
        var fetches = host.Probe.Fetches(run, Loaders.ChildLoader);
        Assert.Equal(2, fetches.Count);
        Assert.Equal(Enumerable.Range(0, 10), fetches[0].Order());
        Assert.Equal([10], fetches[1]);
        var ninth = reply.Parents().First(parent => parent.GetProperty("childKey").GetInt32() == 9);
        Assert.Equal(JsonValueKind.Null, ninth.GetProperty("child").GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task The_same_field_under_two_aliases_fetches_once()
    {
        var (run, reply) = await host.QueryParentsAsync("first: child { id } second: child { id }");

        Assert.Empty(reply.Errors);
        Assert.Equal(Enumerable.Range(0, 10), Assert.Single(host.Probe.Fetches(run, Loaders.ChildLoader)).Order());
    }

    [Fact]
    public async Task The_cache_lasts_one_request_only()
    {
        var run = TestProbe.NewRun();
        var query = new { query = $$"""{ parents(run: "{{run}}", count: 3) { child { id } } }""" };

        await host.PostAsync(query);
        await host.PostAsync(query);

        var fetches = host.Probe.Fetches(run, Loaders.ChildLoader);
        Assert.Equal(2, fetches.Count);
        Assert.All(fetches, fetch => Assert.Equal([1, 2, 3], fetch.Order()));
    }
}
