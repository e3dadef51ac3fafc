namespace CrmGraph.Domain.Satisfaction;

/// <summary>Counts and sums of one dimension's scores over responses on one scale, as a grouped query returns them.</summary>
public sealed record DimensionTally(ServiceQualityDimension Dimension, int Perceptions, long PerceptionSum, int Expectations, long ExpectationSum);
