namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// How one service-quality dimension was scored over many responses, on the 0–100 normalised scale so that
/// 5- and 7-level answers average together; null where nobody answered.
/// </summary>
public sealed record DimensionAverage(ServiceQualityDimension Dimension, decimal? Perception, decimal? Expectation)
{
    /// <summary>Perception − expectation; negative when the service fell short of what was expected.</summary>
    public decimal? Gap => Perception - Expectation;
}
