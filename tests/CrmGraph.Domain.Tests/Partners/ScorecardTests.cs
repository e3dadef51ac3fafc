using CrmGraph.Domain.Partners;

namespace CrmGraph.Domain.Tests.Partners;

public sealed class ScorecardTests
{
    [Fact]
    public void Figures_follow_the_definitions()
    {
        // 50 ever on the books, 40 at the end; 6 complaints, 5 with a promise decided, 4 of them kept.
        var figures = ScorecardFigures.From(new ScorecardTally(50, 40, 12.5m, 6, 5, 4, 80m, 20m, [new Money(10m, "USD"), new Money(99.5m, "EUR")]));

        Assert.Equal((40, 80.00m, 12.5m, 15.00m, 80.00m, 80m, 20m), (figures.Customers, figures.ActiveSharePercent, figures.ChurnRatePercent, figures.ComplaintsPer100Customers, figures.PromisedTimeCompliancePercent, figures.CsatPercent, figures.Nps));
        Assert.Equal(["EUR", "USD"], figures.Revenue.Select(m => m.Currency));
    }

    [Fact]
    public void A_partner_without_customers_or_complaints_measures_nothing()
    {
        var figures = ScorecardFigures.From(new ScorecardTally(0, 0, null, 0, 0, 0, null, null, []));

        Assert.Equal(0, figures.Customers);
        Assert.Null(figures.ActiveSharePercent);
        Assert.Null(figures.ComplaintsPer100Customers);
        Assert.Null(figures.PromisedTimeCompliancePercent);
    }

    [Fact]
    public void Ranks_put_the_better_figure_first_share_ties_and_leave_missing_figures_unranked()
    {
        ScorecardFigures Card(int customers, decimal? churn, decimal? csat, params Money[] revenue) => new(customers, null, churn, null, null, csat, null, revenue);
        var partners = new[]
        {
            Card(10, 5m, 90m, new Money(100m, "EUR")),
            Card(30, 2m, null, new Money(300m, "EUR"), new Money(5m, "USD")),
            Card(10, 5m, 95m),
        };

        var ranks = ScorecardRanking.RanksOf(partners);

        Assert.Equal([2, 1, 2], ranks.Select(r => r.Customers)); // 1, 1, 3 style: two share second place
        Assert.Equal([2, 1, 2], ranks.Select(r => r.ChurnRate)); // lower is better
        Assert.Equal([2, null, 1], ranks.Select(r => r.Csat));
        Assert.Equal([null, null, null], ranks.Select(r => r.ActiveShare));
        Assert.Equal([new CurrencyRank("EUR", 2)], ranks[0].Revenue);
        Assert.Equal([new CurrencyRank("EUR", 1), new CurrencyRank("USD", 1)], ranks[1].Revenue);
        Assert.Empty(ranks[2].Revenue);
    }
}
