namespace CrmGraph.Domain.Satisfaction;

/// <summary>A perception score on one dimension, optionally with what the customer expected.</summary>
public sealed record DimensionScore(ServiceQualityDimension Dimension, int Perception, int? Expectation);
