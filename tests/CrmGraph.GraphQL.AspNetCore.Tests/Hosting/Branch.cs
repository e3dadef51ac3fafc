namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>A node of the test schema's endless tree, <see cref="Level"/> steps below its root.</summary>
public sealed record Branch(string Run, int Level)
{
    public Branch Child => this with { Level = Level + 1 };

    public IEnumerable<Branch> Children(int count) => Enumerable.Repeat(Child, count);
}
