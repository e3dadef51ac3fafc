namespace CrmGraph.Domain.Partners;

/// <summary>
/// A dealer's figures for a period: its customers at the end and the share of those ever on its books still active,
/// churn rate, complaints per 100 of its customers, compliance with the promised times, CSAT, NPS and revenue.
/// Rounded to two places; null when there was nothing to measure.
/// </summary>
public sealed record ScorecardFigures(
    int Customers,
    decimal? ActiveSharePercent,
    decimal? ChurnRatePercent,
    decimal? ComplaintsPer100Customers,
    decimal? PromisedTimeCompliancePercent,
    decimal? CsatPercent,
    decimal? Nps,
    IReadOnlyList<Money> Revenue)
{
    public static ScorecardFigures From(ScorecardTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new ScorecardFigures(
            tally.CustomersAtEnd,
            Ratios.Percent(tally.CustomersAtEnd, tally.CustomersEver),
            tally.ChurnRatePercent,
            Ratios.Percent(tally.Complaints, tally.CustomersAtEnd),
            Ratios.Percent(tally.PromisesKept, tally.PromisesDecided),
            tally.CsatPercent,
            tally.Nps,
            [.. tally.Revenue.OrderBy(m => m.Currency, StringComparer.Ordinal)]);
    }
}
