using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class DimensionScoreInput
{
    public ServiceQualityDimension Dimension { get; set; }

    public int Perception { get; set; }

    public int? Expectation { get; set; }
}
