namespace CrmGraph.GraphQL.Partners;

public sealed class PartnerScorecardType : ObjectGraphType<PartnerScorecard>
{
    public PartnerScorecardType()
    {
        Name = "PartnerScorecard";
        Description =
            "How a dealer served its customers in a period, and its place among all partners. Customers are on the books from creation (prospects never are) " +
            "until they churn. Figures are rounded to two places and null when there was nothing to measure.";
        Field<NonNullGraphType<PartnerType>>("partner").Resolve(ctx => ctx.Source.Partner);
        Field<NonNullGraphType<InstantGraphType>>("periodStart").Resolve(ctx => ctx.Source.Period.From);
        Field<NonNullGraphType<InstantGraphType>>("periodEnd").Resolve(ctx => ctx.Source.Period.To);
        Field<NonNullGraphType<IntGraphType>>("customers").Description("Its customers on the books at the period's end.").Resolve(ctx => ctx.Source.Figures.Customers);
        Field<DecimalGraphType>("activeSharePercent")
            .Description("Those ÷ every customer of it ever on the books by then (the rest churned).")
            .Resolve(ctx => ctx.Source.Figures.ActiveSharePercent);
        Field<DecimalGraphType>("churnRatePercent")
            .Description("Its customers on the books at the start that churned in the period ÷ those at the start.")
            .Resolve(ctx => ctx.Source.Figures.ChurnRatePercent);
        Field<DecimalGraphType>("complaintsPer100Customers")
            .Description("Complaints of its customers received in the period × 100 ÷ customers.")
            .Resolve(ctx => ctx.Source.Figures.ComplaintsPer100Customers);
        Field<DecimalGraphType>("promisedTimeCompliancePercent")
            .Description("Of those complaints with a promised time decided (met or breached), the share with none breached.")
            .Resolve(ctx => ctx.Source.Figures.PromisedTimeCompliancePercent);
        Field<DecimalGraphType>("csatPercent").Description("CSAT of its customers' survey responses in the period.").Resolve(ctx => ctx.Source.Figures.CsatPercent);
        Field<DecimalGraphType>("nps").Description("NPS of those responses.").Resolve(ctx => ctx.Source.Figures.Nps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyType>>>>("revenue")
            .Description("Its customers' orders in the period as charged, per currency (cancelled ones left out), by currency code.")
            .Resolve(ctx => ctx.Source.Figures.Revenue);
        Field<NonNullGraphType<ScorecardRanksType>>("ranks").Resolve(ctx => ctx.Source.Ranks);
        Field<NonNullGraphType<IntGraphType>>("partnersRanked").Description("How many partners the ranks are among.").Resolve(ctx => ctx.Source.PartnersRanked);
    }
}
