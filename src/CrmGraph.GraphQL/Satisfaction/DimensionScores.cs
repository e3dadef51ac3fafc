using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

internal static class DimensionScores
{
    public static IEnumerable<DimensionScore> Of(SatisfactionSurvey survey) =>
        DimensionColumns.All
            .Select(columns => (columns.Dimension, Perception: columns.ReadPerception(survey), Expectation: columns.ReadExpectation(survey)))
            .Where(a => a.Perception is not null)
            .Select(a => new DimensionScore(a.Dimension, a.Perception!.Value, a.Expectation));
}
