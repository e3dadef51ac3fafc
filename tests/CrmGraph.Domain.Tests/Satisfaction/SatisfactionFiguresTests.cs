using CrmGraph.Domain.Satisfaction;
using static CrmGraph.Domain.Satisfaction.ServiceQualityDimension;
using static CrmGraph.Domain.Satisfaction.SurveyScale;

namespace CrmGraph.Domain.Tests.Satisfaction;

/// <summary>Every figure on groups whose answers were worked out by hand.</summary>
public sealed class SatisfactionFiguresTests
{
    private static ResponseGroup Group(SurveyScale scale, int score, int? recommend = null, int responses = 1, IReadOnlyDictionary<ServiceQualityDimension, DimensionSums>? dimensions = null) =>
        new(scale, score, recommend, responses, dimensions ?? new Dictionary<ServiceQualityDimension, DimensionSums>());

    [Fact]
    public void Csat_counts_the_top_two_levels_of_each_scale_and_scores_average_across_scales()
    {
        // 5 levels: 5, 4, 4, 3 → 100, 75, 75, 50. 7 levels: 7, 6, 5, 5 → 100, 83⅓, 66⅔, 66⅔.
        var figures = SatisfactionFigures.From(
        [
            Group(FiveLevel, 5), Group(FiveLevel, 4, responses: 2), Group(FiveLevel, 3),
            Group(SevenLevel, 7), Group(SevenLevel, 6), Group(SevenLevel, 5, responses: 2),
        ]);

        Assert.Equal(8, figures.ResponseCount);
        Assert.Equal(62.5m, figures.CsatPercent); // 5, 4, 4, 7, 6 of 8: 4 of 5 and 6 of 7 count, 3 of 5 and 5 of 7 do not.
        Assert.Equal(77.08m, figures.AverageNormalisedScore); // (300 + 316⅔) / 8 = 77.083…
    }

    [Fact]
    public void Nps_is_promoters_minus_detractors_among_the_responses_that_answered_it()
    {
        var figures = SatisfactionFigures.From(
        [
            Group(FiveLevel, 5, recommend: 10), Group(FiveLevel, 4, recommend: 9, responses: 2),
            Group(SevenLevel, 6, recommend: 8), Group(SevenLevel, 6, recommend: 7),
            Group(FiveLevel, 2, recommend: 6), Group(SevenLevel, 1, recommend: 0),
            Group(FiveLevel, 3, recommend: null, responses: 3),
        ]);

        Assert.Equal(10, figures.ResponseCount);
        Assert.Equal(7, figures.RecommendationCount);
        Assert.Equal(14.29m, figures.Nps); // (3 promoters − 2 detractors) / 7 = 14.285…%; 7 and 8 are passive.
    }

    [Theory]
    [InlineData(9, 100)]
    [InlineData(8, 0)]
    [InlineData(7, 0)]
    [InlineData(6, -100)]
    public void Nps_reaches_both_ends_and_its_boundaries_are_exact(int recommend, int expected) =>
        Assert.Equal(expected, SatisfactionFigures.From([Group(FiveLevel, 3, recommend, responses: 4)]).Nps);

    [Fact]
    public void No_responses_give_no_figures_rather_than_zero_or_nan()
    {
        var figures = SatisfactionFigures.From([]);

        Assert.Equal((0, 0), (figures.ResponseCount, figures.RecommendationCount));
        Assert.Null(figures.CsatPercent);
        Assert.Null(figures.AverageNormalisedScore);
        Assert.Null(figures.Nps);
        Assert.Equal(Enum.GetValues<ServiceQualityDimension>(), figures.Dimensions.Select(d => d.Dimension));
        Assert.All(figures.Dimensions, d => Assert.Equal((null, null, null), (d.AveragePerception, d.AverageExpectation, d.Gap)));
    }

    [Fact]
    public void A_single_response_without_a_recommendation_has_scores_but_no_nps()
    {
        var figures = SatisfactionFigures.From([Group(SevenLevel, 5)]);

        Assert.Equal((1, 0m, 66.67m), (figures.ResponseCount, figures.CsatPercent, figures.AverageNormalisedScore));
        Assert.Null(figures.Nps);
        Assert.Equal(0, figures.RecommendationCount);
    }

    [Fact]
    public void Figures_round_half_away_from_zero()
    {
        // 1 of 32 = 3.125%: banker's rounding would give 3.12.
        var figures = SatisfactionFigures.From([Group(FiveLevel, 5, recommend: 0), Group(FiveLevel, 3, recommend: 8, responses: 31)]);

        Assert.Equal(3.13m, figures.CsatPercent);
        Assert.Equal(-3.13m, figures.Nps);
    }

    [Fact]
    public void Dimensions_average_normalised_scores_and_the_gap_compares_only_answers_that_gave_both()
    {
        // 5 levels: perceptions 4 (expected 5) and 3 (no expectation). 7 levels: perception 7, expected 6.
        var figures = SatisfactionFigures.From(
        [
            Group(FiveLevel, 4, dimensions: new Dictionary<ServiceQualityDimension, DimensionSums> { [Reliability] = new(2, 7, 1, 5, 4) }),
            Group(SevenLevel, 6, dimensions: new Dictionary<ServiceQualityDimension, DimensionSums> { [Reliability] = new(1, 7, 1, 6, 7) }),
        ]);

        var reliability = figures.Dimensions.Single(d => d.Dimension == Reliability);
        Assert.Equal(75m, reliability.AveragePerception); // (75 + 50 + 100) / 3
        Assert.Equal(91.67m, reliability.AverageExpectation); // (100 + 83⅓) / 2
        Assert.Equal(-4.17m, reliability.Gap); // ((75 − 100) + (100 − 83⅓)) / 2; not 75 − 91.67
        var tangibles = figures.Dimensions.Single(d => d.Dimension == Tangibles);
        Assert.Equal((null, null, null), (tangibles.AveragePerception, tangibles.AverageExpectation, tangibles.Gap));
    }

    [Fact]
    public void A_dimension_with_perceptions_but_no_expectations_has_no_gap()
    {
        var figures = SatisfactionFigures.From(
            [Group(FiveLevel, 4, dimensions: new Dictionary<ServiceQualityDimension, DimensionSums> { [Empathy] = new(2, 9, 0, 0, 0) })]);

        var empathy = figures.Dimensions.Single(d => d.Dimension == Empathy);
        Assert.Equal((87.5m, (decimal?)null, (decimal?)null), (empathy.AveragePerception, empathy.AverageExpectation, empathy.Gap));
    }
}
