namespace CrmGraph.Domain.Partners;

/// <summary>What a partner's scorecard is made of, for one period.</summary>
/// <param name="CustomersEver">Its customers on the books at some time before the period's end (prospects never are).</param>
/// <param name="CustomersAtEnd">Those still on the books at the end (not churned then).</param>
/// <param name="ChurnRatePercent">The churn rate of the period (see <see cref="Retention.RetentionFigures"/>).</param>
/// <param name="Complaints">Complaints of its customers received in the period.</param>
/// <param name="PromisesDecided">Of them, those with at least one promised time decided.</param>
/// <param name="PromisesKept">Those of them with no promise broken.</param>
/// <param name="CsatPercent">CSAT of its customers' survey responses in the period.</param>
/// <param name="Nps">NPS of those responses.</param>
/// <param name="Revenue">Its customers' orders in the period, per currency.</param>
public sealed record ScorecardTally(
    int CustomersEver,
    int CustomersAtEnd,
    decimal? ChurnRatePercent,
    int Complaints,
    int PromisesDecided,
    int PromisesKept,
    decimal? CsatPercent,
    decimal? Nps,
    IReadOnlyList<Money> Revenue);
