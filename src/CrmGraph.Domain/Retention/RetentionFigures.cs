using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Retention;

/// <summary>
/// How many customers a period kept and lost, and why, as DOMAIN.md defines it: churn rate = customers lost in the
/// period ÷ customers on the books at its start (new ones excluded); retention rate = the rest of those at the start;
/// repeat-purchase rate = customers with two or more orders ÷ customers with at least one. Percentages and averages
/// are rounded to two places and null when there was nothing to divide by.
/// </summary>
public sealed record RetentionFigures(
    int CustomersAtStart,
    int NewCustomers,
    int ChurnedCustomers,
    int WonBackCustomers,
    int CustomersAtEnd,
    decimal? ChurnRatePercent,
    decimal? RetentionRatePercent,
    decimal? RepeatPurchaseRatePercent,
    IReadOnlyList<CurrencyFigures> Currencies,
    IReadOnlyList<ChurnCauseCount> ChurnByCause,
    int CompanySideChurned,
    int OutsideChurned,
    decimal? CompanySideSharePercent)
{
    public static RetentionFigures From(RetentionTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var causes = Enum.GetValues<ChurnCause>()
            .Select(cause => new ChurnCauseCount(cause, tally.ChurnCauses.Where(c => c.Cause == cause).Sum(c => c.Churned)))
            .ToList();
        var companySide = causes.Where(c => c.Side == ChurnCauseSide.Company).Sum(c => c.Churned);
        var outside = causes.Where(c => c.Side == ChurnCauseSide.Outside).Sum(c => c.Churned);
        return new RetentionFigures(
            tally.CustomersAtStart,
            tally.NewCustomers,
            tally.Churned,
            tally.WonBack,
            tally.CustomersAtStart + tally.NewCustomers - tally.Churned + tally.WonBack,
            Ratios.Percent(tally.ChurnedOfStart, tally.CustomersAtStart),
            Ratios.Percent(tally.CustomersAtStart - tally.ChurnedOfStart, tally.CustomersAtStart),
            Ratios.Percent(tally.RepeatBuyers, tally.Buyers),
            [.. tally.Sales.OrderBy(s => s.Currency, StringComparer.Ordinal).Select(FiguresOf)],
            causes,
            companySide,
            outside,
            Ratios.Percent(companySide, companySide + outside));
    }

    private static CurrencyFigures FiguresOf(CurrencySales sales) =>
        new(
            sales.Currency,
            sales.Orders,
            new Money(sales.Revenue, sales.Currency),
            Ratios.Average(sales.Revenue, sales.Orders) is { } average ? new Money(average, sales.Currency) : null,
            Ratios.Average(sales.RevenueToDate, sales.BuyersToDate) is { } lifetime ? new Money(lifetime, sales.Currency) : null);
}
