using CrmGraph.Domain.Satisfaction;
using CrmGraph.Domain.Staff;

namespace CrmGraph.Domain.Tests.Staff;

public sealed class StaffPerformanceFiguresTests
{
    [Fact]
    public void Figures_are_ratios_and_averages_of_the_counted_work()
    {
        // Three complaints received; first answers after 2 h, 6 h and 4 h; two resolutions after 30 h and 20 h,
        // one of them reopened later; of three complaints with a promise decided, one broke none.
        var complaints = new ComplaintWork(
            Assigned: 3,
            FirstResponses: 3,
            FirstResponseSeconds: (2 + 6 + 4) * 3600,
            Resolutions: 2,
            ResolutionSeconds: (30 + 20) * 3600,
            ReopenedResolutions: 1,
            PromisesDecided: 3,
            PromisesKept: 1);
        var work = new StaffWork(
            complaints,
            [new ScaleTally(SurveyScale.FiveLevel, Responses: 4, TopTwo: 3, ScoreSum: 17, [])],
            Interactions: 12,
            Orders: 3,
            [new Money(250.50m, "USD"), new Money(99.99m, "EUR")]);

        var figures = StaffPerformanceFigures.From(work);

        Assert.Equal(3, figures.ComplaintsAssigned);
        Assert.Equal(2, figures.ComplaintsResolved);
        Assert.Equal(4.00m, figures.AverageFirstResponseHours);
        Assert.Equal(25.00m, figures.AverageResolutionHours);
        Assert.Equal(33.33m, figures.SlaCompliancePercent);
        Assert.Equal(50.00m, figures.ReopenRatePercent);
        Assert.Equal(4, figures.Satisfaction.Responses);
        Assert.Equal(75.00m, figures.Satisfaction.CsatPercent);
        Assert.Equal(81.25m, figures.Satisfaction.AverageScore); // (17 − 4) × 25 / 4
        Assert.Equal(12, figures.InteractionsHandled);
        Assert.Equal(3, figures.OrdersTaken);
        Assert.Equal([new Money(99.99m, "EUR"), new Money(250.50m, "USD")], figures.Revenue);
    }

    [Fact]
    public void Durations_keep_fractions_of_an_hour()
    {
        // One first response after 1 h 20 min; one resolution after 2 h 30 min 18 s.
        var work = StaffWork.None with
        {
            Complaints = ComplaintWork.None with { FirstResponses = 1, FirstResponseSeconds = 4800, Resolutions = 1, ResolutionSeconds = 9018 },
        };

        var figures = StaffPerformanceFigures.From(work);

        Assert.Equal(1.33m, figures.AverageFirstResponseHours);
        Assert.Equal(2.51m, figures.AverageResolutionHours); // 2.505 rounds away from zero
        Assert.Equal(0m, figures.ReopenRatePercent);
    }

    [Fact]
    public void An_empty_period_has_counts_of_zero_and_no_ratios()
    {
        var figures = StaffPerformanceFigures.From(StaffWork.None);

        Assert.Equal(0, figures.ComplaintsAssigned);
        Assert.Equal(0, figures.ComplaintsResolved);
        Assert.Null(figures.AverageFirstResponseHours);
        Assert.Null(figures.AverageResolutionHours);
        Assert.Null(figures.SlaCompliancePercent);
        Assert.Null(figures.ReopenRatePercent);
        Assert.Null(figures.Satisfaction.CsatPercent);
        Assert.Null(figures.Satisfaction.AverageScore);
        Assert.Empty(figures.Revenue);
    }

    [Fact]
    public void Complaints_received_with_no_promise_decided_yet_leave_compliance_open()
    {
        var figures = StaffPerformanceFigures.From(StaffWork.None with { Complaints = ComplaintWork.None with { Assigned = 2 } });

        Assert.Equal(2, figures.ComplaintsAssigned);
        Assert.Null(figures.SlaCompliancePercent);
    }
}
