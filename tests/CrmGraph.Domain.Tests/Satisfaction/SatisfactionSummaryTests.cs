using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.Domain.Tests.Satisfaction;

public sealed class SatisfactionSummaryTests
{
    [Fact]
    public void Answers_on_both_scales_are_averaged_after_normalising()
    {
        // 5-level: 5 and 3 (100 and 50); 7-level: 6 (83.33…). CSAT: 5 and 6 are top-two, 3 is not.
        ScaleTally[] tallies =
        [
            new(SurveyScale.FiveLevel, Responses: 2, TopTwo: 1, ScoreSum: 8, []),
            new(SurveyScale.SevenLevel, Responses: 1, TopTwo: 1, ScoreSum: 6, []),
        ];

        var summary = SatisfactionSummary.Of(tallies);

        Assert.Equal(3, summary.Responses);
        Assert.Equal(66.67m, summary.CsatPercent);
        Assert.Equal(77.78m, summary.AverageScore); // (100 + 50 + 83.333…) / 3
    }

    [Fact]
    public void Each_dimension_averages_perception_and_expectation_separately_and_gap_is_their_difference()
    {
        // Tangibles: perceived 4 and 3 of 5 (75, 50) and 7 of 7 (100); expected 5 of 5 (100) once.
        ScaleTally[] tallies =
        [
            new(SurveyScale.FiveLevel, 2, 1, 8, [new DimensionTally(ServiceQualityDimension.Tangibles, Perceptions: 2, PerceptionSum: 7, Expectations: 1, ExpectationSum: 5)]),
            new(SurveyScale.SevenLevel, 1, 1, 6, [new DimensionTally(ServiceQualityDimension.Tangibles, 1, 7, 0, 0)]),
        ];

        var dimensions = SatisfactionSummary.Of(tallies).Dimensions;

        Assert.Equal(Enum.GetValues<ServiceQualityDimension>(), dimensions.Select(d => d.Dimension));
        var tangibles = dimensions[0];
        Assert.Equal(75m, tangibles.Perception);
        Assert.Equal(100m, tangibles.Expectation);
        Assert.Equal(-25m, tangibles.Gap);
        Assert.All(dimensions.Skip(1), d => Assert.Equal(new DimensionAverage(d.Dimension, null, null), d));
        Assert.All(dimensions.Skip(1), d => Assert.Null(d.Gap));
    }

    [Fact]
    public void A_dimension_perceived_but_never_expected_has_no_gap()
    {
        var summary = SatisfactionSummary.Of([new ScaleTally(SurveyScale.FiveLevel, 1, 0, 3, [new DimensionTally(ServiceQualityDimension.Empathy, 1, 2, 0, 0)])]);

        var empathy = summary.Dimensions.Single(d => d.Dimension == ServiceQualityDimension.Empathy);
        Assert.Equal(25m, empathy.Perception);
        Assert.Null(empathy.Expectation);
        Assert.Null(empathy.Gap);
    }

    [Fact]
    public void One_middling_response_is_neither_satisfied_nor_missing()
    {
        var summary = SatisfactionSummary.Of([new ScaleTally(SurveyScale.SevenLevel, 1, 0, 4, [])]);

        Assert.Equal(0m, summary.CsatPercent);
        Assert.Equal(50m, summary.AverageScore);
    }

    [Fact]
    public void No_responses_give_nulls_not_nan()
    {
        var summary = SatisfactionSummary.Of([]);

        Assert.Equal(0, summary.Responses);
        Assert.Null(summary.CsatPercent);
        Assert.Null(summary.AverageScore);
        Assert.Equal(5, summary.Dimensions.Count);
        Assert.All(summary.Dimensions, d => Assert.True(d.Perception is null && d.Expectation is null && d.Gap is null));
    }
}
