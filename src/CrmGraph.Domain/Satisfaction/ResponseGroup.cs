namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// Responses that gave the same answers on the same scale (overall score and likelihood to recommend), counted,
/// with their dimension scores summed: what a database can add up without knowing any rule, so that
/// <see cref="SatisfactionFigures"/> applies the rules of <see cref="SatisfactionMath"/> to a handful of groups
/// instead of to every response.
/// </summary>
public sealed record ResponseGroup(
    SurveyScale Scale,
    int OverallScore,
    int? RecommendScore,
    int Responses,
    IReadOnlyDictionary<ServiceQualityDimension, DimensionSums> Dimensions)
{
    public DimensionSums Of(ServiceQualityDimension dimension) => Dimensions.GetValueOrDefault(dimension) ?? DimensionSums.None;
}
