using CrmGraph.Domain.Satisfaction;
using CrmGraph.Domain.Staff;

namespace CrmGraph.Domain.Tests.Staff;

public sealed class StaffRankingTests
{
    [Fact]
    public void Higher_csat_places_first_then_more_resolutions()
    {
        var ranks = StaffRanking.RanksOf([Member(csat: 80m, resolved: 9), Member(csat: 95m, resolved: 1), Member(csat: 80m, resolved: 12)]);

        Assert.Equal([3, 1, 2], ranks);
    }

    [Fact]
    public void Members_equal_on_both_keys_share_a_rank_and_the_next_rank_skips()
    {
        var ranks = StaffRanking.RanksOf(
        [
            Member(csat: 80m, resolved: 5),
            Member(csat: 90m, resolved: 1),
            Member(csat: 80m, resolved: 5),
            Member(csat: 70m, resolved: 40),
        ]);

        Assert.Equal([2, 1, 2, 4], ranks);
    }

    [Fact]
    public void Members_without_survey_responses_come_after_everyone_with_some_and_tie_on_resolutions()
    {
        var ranks = StaffRanking.RanksOf([Member(csat: null, resolved: 30), Member(csat: 0m, resolved: 0), Member(csat: null, resolved: 30), Member(csat: null, resolved: 2)]);

        Assert.Equal([2, 1, 2, 4], ranks);
    }

    [Fact]
    public void A_team_of_one_ranks_first_and_no_team_has_no_ranks()
    {
        Assert.Equal([1], StaffRanking.RanksOf([StaffPerformanceFigures.From(StaffWork.None)]));
        Assert.Empty(StaffRanking.RanksOf([]));
    }

    private static StaffPerformanceFigures Member(decimal? csat, int resolved) =>
        new(0, resolved, null, null, null, null, new SatisfactionSummary(csat is null ? 0 : 10, csat, null, []), 0, 0, []);
}
