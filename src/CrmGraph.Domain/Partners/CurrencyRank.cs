namespace CrmGraph.Domain.Partners;

/// <summary>A partner's place on revenue in one currency, among the partners with revenue in it.</summary>
public sealed record CurrencyRank(string Currency, int Rank);
