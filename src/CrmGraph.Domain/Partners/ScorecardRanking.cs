namespace CrmGraph.Domain.Partners;

/// <summary>
/// Places partners on each scorecard figure: more customers, a higher active share, compliance, CSAT, NPS and revenue
/// are better; a lower churn rate and fewer complaints per 100 customers are better. Equal figures share a place
/// and the next place skips as many as shared it (1, 1, 3); a partner without the figure gets no place.
/// </summary>
public static class ScorecardRanking
{
    /// <summary>The ranks of each of <paramref name="partners"/>, in the same order.</summary>
    public static IReadOnlyList<ScorecardRanks> RanksOf(IReadOnlyList<ScorecardFigures> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        return partners.Select(p => new ScorecardRanks(
            RankOf(p.Customers, partners.Select(o => (decimal?)o.Customers), higherIsBetter: true)!.Value,
            RankOf(p.ActiveSharePercent, partners.Select(o => o.ActiveSharePercent), higherIsBetter: true),
            RankOf(p.ChurnRatePercent, partners.Select(o => o.ChurnRatePercent), higherIsBetter: false),
            RankOf(p.ComplaintsPer100Customers, partners.Select(o => o.ComplaintsPer100Customers), higherIsBetter: false),
            RankOf(p.PromisedTimeCompliancePercent, partners.Select(o => o.PromisedTimeCompliancePercent), higherIsBetter: true),
            RankOf(p.CsatPercent, partners.Select(o => o.CsatPercent), higherIsBetter: true),
            RankOf(p.Nps, partners.Select(o => o.Nps), higherIsBetter: true),
            [.. p.Revenue.Select(m => new CurrencyRank(
                m.Currency,
                RankOf(m.Amount, partners.Select(o => o.Revenue.Where(r => r.Currency == m.Currency).Select(r => (decimal?)r.Amount).FirstOrDefault()), higherIsBetter: true)!.Value))]))
            .ToList();
    }

    private static int? RankOf(decimal? value, IEnumerable<decimal?> all, bool higherIsBetter) =>
        value is not { } own ? null : 1 + all.Count(other => other is { } o && (higherIsBetter ? o > own : o < own));
}
