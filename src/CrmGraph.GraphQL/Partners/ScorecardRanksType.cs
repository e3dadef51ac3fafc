using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Partners;

public sealed class ScorecardRanksType : ObjectGraphType<ScorecardRanks>
{
    public ScorecardRanksType()
    {
        Name = "PartnerScorecardRanks";
        Description =
            "The partner's place among all partners on each figure (1 is best; equal figures share a place and the next skips: 1, 1, 3). More customers, a higher " +
            "active share, compliance, CSAT, NPS and revenue are better; a lower churn rate and fewer complaints per 100 customers are better. Null where the partner's figure is null.";
        Field<NonNullGraphType<IntGraphType>>("customers").Resolve(ctx => ctx.Source.Customers);
        Field<IntGraphType>("activeShare").Resolve(ctx => ctx.Source.ActiveShare);
        Field<IntGraphType>("churnRate").Resolve(ctx => ctx.Source.ChurnRate);
        Field<IntGraphType>("complaintsPer100Customers").Resolve(ctx => ctx.Source.ComplaintsPer100Customers);
        Field<IntGraphType>("promisedTimeCompliance").Resolve(ctx => ctx.Source.PromisedTimeCompliance);
        Field<IntGraphType>("csat").Resolve(ctx => ctx.Source.Csat);
        Field<IntGraphType>("nps").Resolve(ctx => ctx.Source.Nps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurrencyRankType>>>>("revenue")
            .Description("Per currency the partner has revenue in, its place among the partners with revenue in that currency.")
            .Resolve(ctx => ctx.Source.Revenue);
    }
}
