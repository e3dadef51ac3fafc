using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

internal static class DimensionScores
{
    public static IEnumerable<DimensionScore> Of(SatisfactionSurvey survey) =>
        SurveyDimensionColumns.All.Select(c => c.ScoreOf(survey)).OfType<DimensionScore>();
}
