namespace CrmGraph.GraphQL.AspNetCore.Tests.DataLoading;

/// <summary>When a batch fetch throws, every field waiting on it fails, and the rest of the document still resolves.</summary>
[Collection(MaskedHost.Collection)]
public sealed class LoaderFailureTests(MaskedHost host)
{
    [Fact]
    public async Task Every_waiting_field_gets_an_error_and_the_other_fields_resolve()
    {
        var (run, reply) = await host.QueryParentsAsync("brokenChild { id } child { id }");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Single(host.Probe.Fetches(run, Loaders.BrokenChildLoader));
        Assert.Single(host.Probe.Fetches(run, Loaders.ChildLoader));

        var parents = reply.Parents();
        Assert.Equal(TestData.ParentCount, parents.Count);
        Assert.All(parents, parent => Assert.Equal(JsonValueKind.Null, parent.GetProperty("brokenChild").ValueKind));
        Assert.Equal(27, parents.Count(parent => parent.GetProperty("child").ValueKind == JsonValueKind.Object));

        var failedPaths = reply.Errors
            .Select(error => error.GetProperty("path").EnumerateArray().Select(p => p.ToString()).ToArray())
            .Select(path => string.Join('.', path))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, TestData.ParentCount).Select(i => $"parents.{i}.brokenChild").Order(StringComparer.Ordinal), failedPaths);
        Assert.All(reply.Errors, error => Assert.Equal("INTERNAL_SERVER_ERROR", GraphQLReply.CodeOf(error)));
        Assert.DoesNotContain(Loaders.LoaderFailure, reply.Text, StringComparison.Ordinal);
    }
}

/// <summary>With exception details on, every waiting field reports the fetch's own message.</summary>
[Collection(ExposedHost.Collection)]
public sealed class ExposedLoaderFailureTests(ExposedHost host)
{
    [Fact]
    public async Task Every_waiting_field_reports_the_fetch_failure()
    {
        var (_, reply) = await host.QueryParentsAsync("brokenChild { id }");

        Assert.Equal(TestData.ParentCount, reply.Errors.Count);
        Assert.All(reply.Errors, error => Assert.Equal(Loaders.LoaderFailure, error.GetProperty("message").GetString()));
    }
}
