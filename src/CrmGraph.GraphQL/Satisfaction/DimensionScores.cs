using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

internal static class DimensionScores
{
    public static IEnumerable<DimensionScore> Of(SatisfactionSurvey survey)
    {
        (ServiceQualityDimension Dimension, int? Perception, int? Expectation)[] answers =
        [
            (ServiceQualityDimension.Tangibles, survey.TangiblesPerception, survey.TangiblesExpectation),
            (ServiceQualityDimension.Reliability, survey.ReliabilityPerception, survey.ReliabilityExpectation),
            (ServiceQualityDimension.Responsiveness, survey.ResponsivenessPerception, survey.ResponsivenessExpectation),
            (ServiceQualityDimension.Assurance, survey.AssurancePerception, survey.AssuranceExpectation),
            (ServiceQualityDimension.Empathy, survey.EmpathyPerception, survey.EmpathyExpectation),
        ];
        return answers
            .Where(a => a.Perception is not null)
            .Select(a => new DimensionScore(a.Dimension, a.Perception!.Value, a.Expectation));
    }
}
