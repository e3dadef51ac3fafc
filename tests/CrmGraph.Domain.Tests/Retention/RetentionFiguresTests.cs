using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;

namespace CrmGraph.Domain.Tests.Retention;

public sealed class RetentionFiguresTests
{
    [Fact]
    public void Figures_follow_the_definitions()
    {
        // 40 on the books at the start, 5 new; 6 churns (one of a new customer), 2 win-backs; 12 buyers, 3 of them twice.
        var tally = new RetentionTally(
            CustomersAtStart: 40,
            NewCustomers: 5,
            Churned: 6,
            ChurnedOfStart: 5,
            WonBack: 2,
            Buyers: 12,
            RepeatBuyers: 3,
            [new CurrencySales("USD", 3, 100.00m, 1000.00m, 7), new CurrencySales("EUR", 15, 1234.50m, 5000.00m, 30)],
            [new ChurnCauseCount(ChurnCause.Service, 3), new ChurnCauseCount(ChurnCause.Competitor, 2), new ChurnCauseCount(ChurnCause.Image, 1)]);

        var figures = RetentionFigures.From(tally);

        Assert.Equal((40, 5, 6, 2, 41), (figures.CustomersAtStart, figures.NewCustomers, figures.ChurnedCustomers, figures.WonBackCustomers, figures.CustomersAtEnd));
        Assert.Equal(12.50m, figures.ChurnRatePercent); // 5 ÷ 40: the new customer's churn is not counted
        Assert.Equal(87.50m, figures.RetentionRatePercent);
        Assert.Equal(25.00m, figures.RepeatPurchaseRatePercent);
        Assert.Equal(["EUR", "USD"], figures.Currencies.Select(c => c.Currency));
        var euro = figures.Currencies[0];
        Assert.Equal((15, new Money(1234.50m, "EUR"), new Money(82.30m, "EUR"), new Money(166.67m, "EUR")), (euro.Orders, euro.Revenue, euro.AverageOrderValue!.Value, euro.LifetimeValue!.Value));
        Assert.Equal(new Money(33.33m, "USD"), figures.Currencies[1].AverageOrderValue);
        Assert.Equal((4, 2, 66.67m), (figures.CompanySideChurned, figures.OutsideChurned, figures.CompanySideSharePercent));
        Assert.Equal(Enum.GetValues<ChurnCause>(), figures.ChurnByCause.Select(c => c.Cause));
        Assert.Equal(0, figures.ChurnByCause.Single(c => c.Cause == ChurnCause.Social).Churned);
    }

    [Fact]
    public void An_empty_period_measures_nothing_rather_than_zero()
    {
        var figures = RetentionFigures.From(new RetentionTally(0, 0, 0, 0, 0, 0, 0, [new CurrencySales("EUR", 0, 0m, 250m, 2)], []));

        Assert.Null(figures.ChurnRatePercent);
        Assert.Null(figures.RetentionRatePercent);
        Assert.Null(figures.RepeatPurchaseRatePercent);
        Assert.Null(figures.CompanySideSharePercent);
        Assert.Null(figures.Currencies[0].AverageOrderValue);
        Assert.Equal(new Money(125m, "EUR"), figures.Currencies[0].LifetimeValue); // earlier orders still give a lifetime value
    }

    [Theory]
    [InlineData(ChurnCause.Product, ChurnCauseSide.Company)]
    [InlineData(ChurnCause.Service, ChurnCauseSide.Company)]
    [InlineData(ChurnCause.Staff, ChurnCauseSide.Company)]
    [InlineData(ChurnCause.Image, ChurnCauseSide.Company)]
    [InlineData(ChurnCause.CustomerSide, ChurnCauseSide.Outside)]
    [InlineData(ChurnCause.Competitor, ChurnCauseSide.Outside)]
    [InlineData(ChurnCause.Social, ChurnCauseSide.Outside)]
    [InlineData(ChurnCause.Other, ChurnCauseSide.Outside)]
    public void Causes_lie_with_the_company_or_outside_it(ChurnCause cause, ChurnCauseSide side) => Assert.Equal(side, ChurnCauses.SideOf(cause));
}
