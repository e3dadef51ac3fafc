using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.Domain.Tests.Satisfaction;

public sealed class SatisfactionMathTests
{
    [Theory]
    [InlineData(SurveyScale.FiveLevel, 1, 0)]
    [InlineData(SurveyScale.FiveLevel, 2, 25)]
    [InlineData(SurveyScale.FiveLevel, 3, 50)]
    [InlineData(SurveyScale.FiveLevel, 5, 100)]
    [InlineData(SurveyScale.SevenLevel, 1, 0)]
    [InlineData(SurveyScale.SevenLevel, 4, 50)]
    [InlineData(SurveyScale.SevenLevel, 7, 100)]
    public void Normalised_score_maps_any_scale_onto_zero_to_hundred(SurveyScale scale, int score, decimal expected) =>
        Assert.Equal(expected, SatisfactionMath.NormalisedScore(score, scale));

    [Fact]
    public void Normalised_score_keeps_fractions()
    {
        // 5 of 7 is 4/6 of the way up.
        Assert.Equal(66.67m, Math.Round(SatisfactionMath.NormalisedScore(5, SurveyScale.SevenLevel), 2));
    }

    [Theory]
    [InlineData(SurveyScale.FiveLevel, 13, 4, 225)]
    [InlineData(SurveyScale.SevenLevel, 18, 3, 250)]
    [InlineData(SurveyScale.SevenLevel, 0, 0, 0)]
    public void Normalised_total_of_a_score_sum_adds_up_each_answer_normalised(SurveyScale scale, long sum, int answers, decimal expected) =>
        Assert.Equal(expected, SatisfactionMath.NormalisedTotal(sum, answers, scale));

    [Theory]
    [InlineData(SurveyScale.FiveLevel, 3, 4)]
    [InlineData(SurveyScale.FiveLevel, 21, 4)]
    [InlineData(SurveyScale.SevenLevel, 22, 3)]
    public void Normalised_total_refuses_sums_no_answers_on_the_scale_could_make(SurveyScale scale, long sum, int answers) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionMath.NormalisedTotal(sum, answers, scale));

    [Theory]
    [InlineData(SurveyScale.FiveLevel, 0)]
    [InlineData(SurveyScale.FiveLevel, 6)]
    [InlineData(SurveyScale.SevenLevel, 8)]
    public void Scores_off_the_scale_are_refused(SurveyScale scale, int score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionMath.NormalisedScore(score, scale));
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionMath.IsTopTwo(score, scale));
    }

    [Theory]
    [InlineData(SurveyScale.FiveLevel, 3, false)]
    [InlineData(SurveyScale.FiveLevel, 4, true)]
    [InlineData(SurveyScale.FiveLevel, 5, true)]
    [InlineData(SurveyScale.SevenLevel, 5, false)]
    [InlineData(SurveyScale.SevenLevel, 6, true)]
    [InlineData(SurveyScale.SevenLevel, 7, true)]
    public void Top_two_levels_count_as_satisfied(SurveyScale scale, int score, bool expected) =>
        Assert.Equal(expected, SatisfactionMath.IsTopTwo(score, scale));

    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void Recommend_answers_split_into_nps_categories(int answer, NpsCategory expected) =>
        Assert.Equal(expected, SatisfactionMath.NpsCategoryOf(answer));

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Recommend_answers_outside_zero_to_ten_are_refused(int answer) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionMath.NpsCategoryOf(answer));
}
