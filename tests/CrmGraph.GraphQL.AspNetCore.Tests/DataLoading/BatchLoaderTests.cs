namespace CrmGraph.GraphQL.AspNetCore.Tests.DataLoading;

/// <summary>A field loaded through <c>Batch</c> on every item of a list costs one fetch of the distinct keys.</summary>
[Collection(MaskedHost.Collection)]
public sealed class BatchLoaderTests(MaskedHost host)
{
    [Fact]
    public async Task Thirty_parents_fetch_their_children_in_one_call_with_each_key_once()
    {
        var (run, reply) = await host.QueryParentsAsync("child { id name }");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(TestData.ParentCount, reply.Parents().Count);
        var fetch = Assert.Single(host.Probe.Fetches(run, Loaders.ChildLoader));
        Assert.Equal(fetch.Distinct().Count(), fetch.Length);
        Assert.Equal(Enumerable.Range(0, 10), fetch.Order());
    }

    [Fact]
    public async Task Each_parent_gets_the_child_of_its_own_key_and_a_missing_key_loads_as_null()
    {
        var (_, reply) = await host.QueryParentsAsync("child { id name }");

        Assert.Empty(reply.Errors);
        Assert.All(reply.Parents(), parent =>
        {
            var key = parent.GetProperty("childKey").GetInt32();
            var child = parent.GetProperty("child");
            if (key == 0)
            {
                Assert.Equal(JsonValueKind.Null, child.ValueKind);
            }
            else
            {
                Assert.Equal(key, child.GetProperty("id").GetInt32());
                Assert.Equal($"child {key}", child.GetProperty("name").GetString());
            }
        });
        Assert.Equal(3, reply.Parents().Count(parent => parent.GetProperty("child").ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public async Task A_value_mapped_with_then_shares_the_loader_and_its_single_fetch()
    {
        var (run, reply) = await host.QueryParentsAsync("childName child { id }");

        Assert.Empty(reply.Errors);
        Assert.Single(host.Probe.Fetches(run, Loaders.ChildLoader));
        Assert.All(reply.Parents(), parent =>
        {
            var key = parent.GetProperty("childKey").GetInt32();
            var name = parent.GetProperty("childName");
            Assert.Equal(key == 0 ? null : $"child {key}", name.ValueKind == JsonValueKind.Null ? null : name.GetString());
        });
    }
}
