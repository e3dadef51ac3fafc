namespace CrmGraph.GraphQL.AspNetCore.Tests.DataLoading;

/// <summary>Runs a selection on every parent of a fresh run, and reads the parents back.</summary>
internal static class LoaderQueries
{
    public static async Task<(string Run, GraphQLReply Reply)> QueryParentsAsync(this TransportHost host, string selection)
    {
        var run = TestProbe.NewRun();
        var reply = await host.PostAsync(new { query = $$"""{ parents(run: "{{run}}") { id childKey {{selection}} } }""" });
        return (run, reply);
    }

    public static List<JsonElement> Parents(this GraphQLReply reply) => [.. reply.Data.GetProperty("parents").EnumerateArray()];
}
