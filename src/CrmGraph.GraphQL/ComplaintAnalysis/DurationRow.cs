namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>How many complaints of one bucket took exactly <see cref="Seconds"/> for a step.</summary>
internal sealed record DurationRow(ComplaintKey Key, long Seconds, int Complaints);
