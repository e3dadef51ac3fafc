namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>The complaints of a bucket with one value of one dimension (<see cref="Dimension"/>), and their share of the bucket.</summary>
public sealed record ComplaintShare(ComplaintAnalysisGrouping Dimension, ComplaintKey Key, int Complaints, decimal? SharePercent);
