namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>Documents on the test schema's tree, whose root counts its calls in the probe under the run id.</summary>
public static class Tree
{
    public static string Query(string run, string selections) => $$"""{ tree(run: "{{run}}") { {{selections}} } }""";

    /// <summary><c>name</c> nested in <c>branch</c> fields so that it stands at <paramref name="depth"/> (the tree itself at 1).</summary>
    public static string Nested(string run, int depth) =>
        Query(run, string.Concat(Enumerable.Repeat("branch { ", depth - 2)) + "name" + new string('}', depth - 2));
}
