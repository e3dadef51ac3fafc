namespace CrmGraph.Bench;

/// <summary>One named GraphQL request body to measure; some only a signed-in staff member may send.</summary>
internal sealed record BenchOperation(string Name, string Body, bool StaffOnly = false);
