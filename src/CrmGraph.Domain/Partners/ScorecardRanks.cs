namespace CrmGraph.Domain.Partners;

/// <summary>A partner's place among all partners on each scorecard figure; null where its figure is null.</summary>
public sealed record ScorecardRanks(
    int Customers,
    int? ActiveShare,
    int? ChurnRate,
    int? ComplaintsPer100Customers,
    int? PromisedTimeCompliance,
    int? Csat,
    int? Nps,
    IReadOnlyList<CurrencyRank> Revenue);
