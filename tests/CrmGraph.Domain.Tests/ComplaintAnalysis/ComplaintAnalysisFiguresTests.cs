using CrmGraph.Domain.ComplaintAnalysis;

namespace CrmGraph.Domain.Tests.ComplaintAnalysis;

public sealed class ComplaintAnalysisFiguresTests
{
    [Fact]
    public void Figures_follow_the_definitions()
    {
        // 8 received; first response decided for 6 (5 met), resolution for 4 (3 met); 5 answered, 3 resolved;
        // 4 ever resolved, 1 reopened; 2 escalated; 7 open at the end.
        var tally = new ComplaintTally(
            Received: 8,
            FirstResponseDecided: 6,
            FirstResponseKept: 5,
            ResolutionDecided: 4,
            ResolutionKept: 3,
            [new DurationCount(3600, 2), new DurationCount(7200, 2), new DurationCount(36000, 1)],
            [new DurationCount(86400, 1), new DurationCount(90000, 2)],
            EverResolved: 4,
            Reopened: 1,
            Escalated: 2,
            OpenAtEnd: 7);

        var figures = ComplaintAnalysisFigures.From(tally);

        Assert.Equal((8, 83.33m, 75.00m), (figures.Received, figures.FirstResponseCompliancePercent, figures.ResolutionCompliancePercent));
        Assert.Equal((5, 3.20m, 10.00m), (figures.FirstResponse.Count, figures.FirstResponse.AverageHours, figures.FirstResponse.Percentile90Hours)); // (1+1+2+2+10) ÷ 5; rank ⌈4.5⌉ = 5
        Assert.Equal((3, 24.67m, 25.00m), (figures.Resolution.Count, figures.Resolution.AverageHours, figures.Resolution.Percentile90Hours));
        Assert.Equal((25.00m, 25.00m, 7), (figures.ReopenRatePercent, figures.EscalationRatePercent, figures.OpenBacklogAtEnd));
    }

    [Fact]
    public void An_empty_period_measures_nothing_but_still_has_a_backlog()
    {
        var figures = ComplaintAnalysisFigures.From(new ComplaintTally(0, 0, 0, 0, 0, [], [], 0, 0, 0, 3));

        Assert.Equal((0, 3), (figures.Received, figures.OpenBacklogAtEnd));
        Assert.All(
            new[] { figures.FirstResponseCompliancePercent, figures.ResolutionCompliancePercent, figures.FirstResponse.AverageHours, figures.FirstResponse.Percentile90Hours, figures.Resolution.AverageHours, figures.ReopenRatePercent, figures.EscalationRatePercent },
            Assert.Null);
    }

    [Theory]
    [InlineData(new long[] { 10 }, 10)]
    [InlineData(new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 9)] // rank ⌈9⌉ = 9
    [InlineData(new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 10)] // rank ⌈9.9⌉ = 10
    [InlineData(new long[] { 5, 1, 3 }, 5)] // rank ⌈2.7⌉ = 3, order of arrival does not matter
    public void The_90th_percentile_is_the_nearest_rank(long[] hours, long expected)
    {
        var figures = DurationFigures.From(hours.Select(h => new DurationCount(h * 3600, 1)));

        Assert.Equal(expected, figures.Percentile90Hours);
    }
}
