using CrmGraph.Domain.Churn;
using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.Domain.Tests.Churn;

public sealed class SatisfactionAverageTests
{
    [Fact]
    public void Answers_on_both_scales_average_on_the_normalised_scale()
    {
        // 4 of 5 is 75 (twice), 7 of 7 is 100: (75 + 75 + 100) / 3.
        var average = SatisfactionAverage.Of([(SurveyScale.FiveLevel, 4, 2), (SurveyScale.SevenLevel, 7, 1)]);

        Assert.NotNull(average);
        Assert.Equal(3, average.Responses);
        Assert.Equal(83.33m, Math.Round(average.Average, 2));
    }

    [Fact]
    public void No_answers_make_no_average() => Assert.Null(SatisfactionAverage.Of([]));
}
