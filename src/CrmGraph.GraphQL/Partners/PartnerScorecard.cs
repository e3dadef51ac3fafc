using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Partners;

/// <summary>A partner's scorecard for a period, with its places among the <paramref name="PartnersRanked"/> partners.</summary>
public sealed record PartnerScorecard(Partner Partner, Period Period, ScorecardFigures Figures, ScorecardRanks Ranks, int PartnersRanked);
