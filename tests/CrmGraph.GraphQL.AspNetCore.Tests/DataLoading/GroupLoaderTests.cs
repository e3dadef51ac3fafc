namespace CrmGraph.GraphQL.AspNetCore.Tests.DataLoading;

/// <summary>A list field loaded through <c>Group</c> on every item of a list costs one fetch of the distinct keys.</summary>
[Collection(MaskedHost.Collection)]
public sealed class GroupLoaderTests(MaskedHost host)
{
    [Fact]
    public async Task Thirty_parents_fetch_their_children_lists_in_one_call_with_each_key_once()
    {
        var (run, reply) = await host.QueryParentsAsync("children { id }");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var fetch = Assert.Single(host.Probe.Fetches(run, Loaders.ChildrenLoader));
        Assert.Equal(Enumerable.Range(0, 10), fetch.Order());
    }

    [Fact]
    public async Task Each_parent_gets_the_group_of_its_key_and_a_missing_key_loads_as_empty()
    {
        var (_, reply) = await host.QueryParentsAsync("children { id name }");

        Assert.Empty(reply.Errors);
        Assert.All(reply.Parents(), parent =>
        {
            var key = parent.GetProperty("childKey").GetInt32();
            var names = parent.GetProperty("children").EnumerateArray().Select(child => child.GetProperty("name").GetString());
            Assert.Equal(Enumerable.Range(1, key).Select(i => $"child {key}.{i}"), names);
        });
        Assert.Equal(3, reply.Parents().Count(parent => parent.GetProperty("children").GetArrayLength() == 0));
    }

    [Fact]
    public async Task Two_loaders_on_the_same_level_each_fetch_once()
    {
        var (run, reply) = await host.QueryParentsAsync("child { id } children { id }");

        Assert.Empty(reply.Errors);
        Assert.Single(host.Probe.Fetches(run, Loaders.ChildLoader));
        Assert.Single(host.Probe.Fetches(run, Loaders.ChildrenLoader));
    }
}
