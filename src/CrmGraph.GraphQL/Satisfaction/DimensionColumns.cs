using System.Linq.Expressions;
using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>
/// Where a survey keeps each dimension's perception and expectation scores, as expressions: queries translate
/// them to SQL, and compiled they read a loaded survey.
/// </summary>
internal sealed class DimensionColumns
{
    private DimensionColumns(
        ServiceQualityDimension dimension,
        Expression<Func<SatisfactionSurvey, int?>> perception,
        Expression<Func<SatisfactionSurvey, int?>> expectation)
    {
        Dimension = dimension;
        Perception = perception;
        Expectation = expectation;
        ReadPerception = perception.Compile();
        ReadExpectation = expectation.Compile();
    }

    public static IReadOnlyList<DimensionColumns> All { get; } =
    [
        new(ServiceQualityDimension.Tangibles, s => s.TangiblesPerception, s => s.TangiblesExpectation),
        new(ServiceQualityDimension.Reliability, s => s.ReliabilityPerception, s => s.ReliabilityExpectation),
        new(ServiceQualityDimension.Responsiveness, s => s.ResponsivenessPerception, s => s.ResponsivenessExpectation),
        new(ServiceQualityDimension.Assurance, s => s.AssurancePerception, s => s.AssuranceExpectation),
        new(ServiceQualityDimension.Empathy, s => s.EmpathyPerception, s => s.EmpathyExpectation),
    ];

    public ServiceQualityDimension Dimension { get; }

    public Expression<Func<SatisfactionSurvey, int?>> Perception { get; }

    public Expression<Func<SatisfactionSurvey, int?>> Expectation { get; }

    public Func<SatisfactionSurvey, int?> ReadPerception { get; }

    public Func<SatisfactionSurvey, int?> ReadExpectation { get; }
}
