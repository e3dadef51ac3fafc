using System.Linq.Expressions;
using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>
/// Where a survey keeps each service-quality dimension: a perception and an expectation column, as expressions
/// that queries can sum in the database and as accessors that read a loaded survey.
/// </summary>
internal sealed class SurveyDimensionColumns
{
    public static readonly IReadOnlyList<SurveyDimensionColumns> All =
    [
        new(ServiceQualityDimension.Tangibles, s => s.TangiblesPerception, s => s.TangiblesExpectation),
        new(ServiceQualityDimension.Reliability, s => s.ReliabilityPerception, s => s.ReliabilityExpectation),
        new(ServiceQualityDimension.Responsiveness, s => s.ResponsivenessPerception, s => s.ResponsivenessExpectation),
        new(ServiceQualityDimension.Assurance, s => s.AssurancePerception, s => s.AssuranceExpectation),
        new(ServiceQualityDimension.Empathy, s => s.EmpathyPerception, s => s.EmpathyExpectation),
    ];

    private readonly Func<SatisfactionSurvey, int?> _perceptionOf;
    private readonly Func<SatisfactionSurvey, int?> _expectationOf;

    private SurveyDimensionColumns(
        ServiceQualityDimension dimension,
        Expression<Func<SatisfactionSurvey, int?>> perception,
        Expression<Func<SatisfactionSurvey, int?>> expectation)
    {
        Dimension = dimension;
        Perception = perception;
        Expectation = expectation;
        _perceptionOf = perception.Compile();
        _expectationOf = expectation.Compile();
    }

    public ServiceQualityDimension Dimension { get; }

    public Expression<Func<SatisfactionSurvey, int?>> Perception { get; }

    public Expression<Func<SatisfactionSurvey, int?>> Expectation { get; }

    /// <summary>The survey's answer on this dimension, or null when it was not scored.</summary>
    public DimensionScore? ScoreOf(SatisfactionSurvey survey) =>
        _perceptionOf(survey) is { } perception ? new DimensionScore(Dimension, perception, _expectationOf(survey)) : null;
}
