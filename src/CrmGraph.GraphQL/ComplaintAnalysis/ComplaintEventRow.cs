using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>How many complaints of one bucket something of <see cref="Kind"/> happened to (or how many times, for the backlog).</summary>
internal sealed record ComplaintEventRow(ComplaintKey Key, ComplaintEventKind Kind, int Complaints);
