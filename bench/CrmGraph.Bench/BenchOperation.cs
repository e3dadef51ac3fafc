namespace CrmGraph.Bench;

/// <summary>One named GraphQL request body to measure.</summary>
internal sealed record BenchOperation(string Name, string Body);
