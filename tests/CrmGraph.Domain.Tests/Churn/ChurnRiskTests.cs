using CrmGraph.Domain.Churn;
using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.Domain.Tests.Churn;

public sealed class ChurnRiskTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_known_history_scores_as_computed_by_hand()
    {
        var facts = new HealthFacts(
            CustomerSince: new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            LastOrderAt: Now.AddDays(-75).AddHours(-3),
            LastInteractionAt: Now.AddDays(-48),
            OpenComplaints: 1,
            RecentBreachedComplaints: 1,
            RecentSatisfaction: Answers((SurveyScale.FiveLevel, 3, 1)),
            PreviousSatisfaction: Answers((SurveyScale.FiveLevel, 4, 1)),
            RecentOrders: Orders(1, ("EUR", 100m)),
            PreviousOrders: Orders(2, ("EUR", 400m)));

        var health = ChurnRisk.Score(facts, Now);

        // (75 − 30) / 150 = 0.3; (48 − 30) / 90 = 0.2; 1/3; 1/2; (75 − 50) / 30; max(1/2 fewer orders, 3/4 less revenue).
        Assert.Equal(
            [
                (HealthFactorName.DaysSinceLastOrder, 25m, 0.3m, 7.50m),
                (HealthFactorName.DaysSinceLastInteraction, 15m, 0.2m, 3.00m),
                (HealthFactorName.OpenComplaints, 20m, 0.3333m, 6.67m),
                (HealthFactorName.BreachedComplaints, 15m, 0.5m, 7.50m),
                (HealthFactorName.SatisfactionTrend, 15m, 0.8333m, 12.50m),
                (HealthFactorName.OrderDrop, 10m, 0.75m, 7.50m),
            ],
            health.Factors.Select(f => (f.Name, f.Weight, f.Value, f.Contribution)));
        Assert.Equal(44.67m, health.Score);
        Assert.Equal(Now, health.AsOf);
        Assert.Equal("Last order 75 days ago; the risk starts after 30 days and is full at 180.", health.Factors[0].Explanation);
        Assert.Contains("75 from 1 answer", health.Factors[4].Explanation, StringComparison.Ordinal);
        Assert.Contains("revenue 400.00 → 100.00 EUR", health.Factors[5].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brand_new_customer_is_healthy()
    {
        var health = ChurnRisk.Score(Quiet(since: Now.AddHours(-2)), Now);

        Assert.Equal(0m, health.Score);
        Assert.All(health.Factors, f => Assert.Equal(0m, f.Contribution));
        Assert.Equal("No order yet, 0 days after joining; the risk starts after 30 days and is full at 180.", health.Factors[0].Explanation);
        Assert.Equal("No survey answers in the last 90 days.", health.Factors[4].Explanation);
    }

    [Fact]
    public void A_customer_who_never_ordered_is_measured_from_joining()
    {
        var health = ChurnRisk.Score(Quiet(since: Now.AddDays(-105)), Now);

        // (105 − 30) / 150 = 0.5 of 25; (105 − 30) / 90 = 0.8333 of 15.
        Assert.Equal(12.50m, health.Factors[0].Contribution);
        Assert.Equal(12.50m, health.Factors[1].Contribution);
        Assert.Equal(25.00m, health.Score);
    }

    [Fact]
    public void Every_indicator_at_its_worst_makes_a_hundred()
    {
        var facts = new HealthFacts(
            Now.AddYears(-3),
            Now.AddDays(-400),
            Now.AddDays(-400),
            OpenComplaints: 7,
            RecentBreachedComplaints: 4,
            Answers((SurveyScale.SevenLevel, 1, 2)),
            Answers((SurveyScale.SevenLevel, 7, 3)),
            OrderWindow.None,
            Orders(4, ("EUR", 900m)));

        var health = ChurnRisk.Score(facts, Now);

        Assert.Equal(100m, health.Score);
        Assert.All(health.Factors, f => Assert.Equal(f.Weight, f.Contribution));
        Assert.Equal(100m, health.Factors.Sum(f => f.Weight));
    }

    [Fact]
    public void Without_earlier_answers_recent_satisfaction_is_compared_with_neutral()
    {
        // 2 of 7 is 16.67 on 0–100: 33.33 below neutral, more than the 30 that count fully.
        var low = ChurnRisk.Score(Quiet(Now.AddYears(-1)) with { RecentSatisfaction = Answers((SurveyScale.SevenLevel, 2, 1)) }, Now);
        // 5-level answers of 2 and 3 average 37.5: 12.5 below neutral, 12.5 / 30 of the weight.
        var mixed = ChurnRisk.Score(Quiet(Now.AddYears(-1)) with { RecentSatisfaction = Answers((SurveyScale.FiveLevel, 2, 1), (SurveyScale.FiveLevel, 3, 1)) }, Now);

        Assert.Equal(15m, low.Factors[4].Contribution);
        Assert.Equal(0.4167m, mixed.Factors[4].Value);
        Assert.Equal(6.25m, mixed.Factors[4].Contribution);
    }

    [Fact]
    public void Rising_satisfaction_and_growing_orders_add_no_risk()
    {
        var facts = Quiet(Now.AddYears(-1)) with
        {
            RecentSatisfaction = Answers((SurveyScale.FiveLevel, 5, 1)),
            PreviousSatisfaction = Answers((SurveyScale.FiveLevel, 2, 1)),
            RecentOrders = Orders(3, ("EUR", 500m)),
            PreviousOrders = Orders(1, ("EUR", 100m)),
        };

        var health = ChurnRisk.Score(facts, Now);

        Assert.Equal(0m, health.Factors[4].Contribution);
        Assert.Equal(0m, health.Factors[5].Contribution);
    }

    [Fact]
    public void Order_drop_takes_the_largest_fall_of_count_and_each_currency()
    {
        var facts = Quiet(Now.AddYears(-1)) with
        {
            RecentOrders = Orders(2, ("EUR", 300m), ("CHF", 50m)),
            PreviousOrders = Orders(2, ("EUR", 300m), ("CHF", 200m)),
        };

        var drop = ChurnRisk.Score(facts, Now).Factors[5];

        Assert.Equal(0.75m, drop.Value);
        Assert.Equal("Last 90 days against the 90 before: orders 2 → 2, revenue 200.00 → 50.00 CHF, revenue 300.00 → 300.00 EUR; the largest fall (75%) counts, a full stop counts fully.", drop.Explanation);
    }

    [Fact]
    public void Without_orders_in_the_previous_window_there_is_no_drop_to_measure()
    {
        var drop = ChurnRisk.Score(Quiet(Now.AddYears(-1)) with { RecentOrders = Orders(1, ("EUR", 10m)) }, Now).Factors[5];

        Assert.Equal(0m, drop.Value);
        Assert.StartsWith("No orders in the 90 days before", drop.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Complaints_count_up_to_their_cap()
    {
        var two = ChurnRisk.Score(Quiet(Now.AddYears(-1)) with { OpenComplaints = 2, RecentBreachedComplaints = 5 }, Now);

        Assert.Equal(13.33m, two.Factors[2].Contribution);
        Assert.Equal("2 complaints open; 3 or more count fully.", two.Factors[2].Explanation);
        Assert.Equal(15m, two.Factors[3].Contribution);
    }

    [Fact]
    public void Activity_dated_after_now_counts_as_today()
    {
        var facts = Quiet(Now.AddYears(-1)) with { LastOrderAt = Now.AddHours(5), LastInteractionAt = Now.AddMinutes(1) };

        var health = ChurnRisk.Score(facts, Now);

        Assert.Equal(0m, health.Score);
        Assert.StartsWith("Last order 0 days ago", health.Factors[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_windows_are_the_last_ninety_days_and_the_ninety_before()
    {
        Assert.Equal(Now.AddDays(-90), ChurnRisk.RecentSince(Now));
        Assert.Equal(Now.AddDays(-180), ChurnRisk.PreviousSince(Now));
    }

    /// <summary>A customer since <paramref name="since"/> with no orders, interactions, complaints or surveys.</summary>
    private static HealthFacts Quiet(DateTimeOffset since) =>
        new(since, null, null, 0, 0, null, null, OrderWindow.None, OrderWindow.None);

    private static SatisfactionAverage? Answers(params (SurveyScale Scale, int Score, int Count)[] answers) => SatisfactionAverage.Of(answers);

    private static OrderWindow Orders(int count, params (string Currency, decimal Revenue)[] revenue) =>
        new(count, revenue.ToDictionary(r => r.Currency, r => r.Revenue));
}
