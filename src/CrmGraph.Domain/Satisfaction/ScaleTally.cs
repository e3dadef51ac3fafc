namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// Counts and sums of the responses given on one scale, as a grouped query returns them: the overall scores,
/// how many were in the top two levels, and each dimension answered.
/// </summary>
public sealed record ScaleTally(SurveyScale Scale, int Responses, int TopTwo, long ScoreSum, IReadOnlyList<DimensionTally> Dimensions);
