using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Partners;
using CrmGraph.GraphQL.Partners;

namespace CrmGraph.GraphQL.Retention;

public sealed class RetentionBucketType : ObjectGraphType<RetentionBucket>
{
    public RetentionBucketType()
    {
        Name = "RetentionBucket";
        Description =
            "Customers kept and lost in one period, partner or segment. A customer is on the books from its creation (prospects never are) " +
            "until it churns, and again from a win-back. Rates are rounded to two places and null when there was nothing to divide by.";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description("Stable: a month (2026-03) or quarter (2026-Q1); the partner's id or 'none'; the segment; 'all' without grouping.")
            .Resolve(ctx => Describe(ctx.Source).Key);
        Field<NonNullGraphType<StringGraphType>>("label").Description("For people: the period, or the partner's name, or the segment.").Resolve(LabelOf);
        Field<NonNullGraphType<InstantGraphType>>("periodStart").Description("When the bucket's time starts (the range's start when the first period began earlier).").Resolve(ctx => ctx.Source.Periods.StartOf(ctx.Source.Key.Period));
        Field<NonNullGraphType<InstantGraphType>>("periodEnd").Description("When it ends (excluded).").Resolve(ctx => ctx.Source.Periods.EndOf(ctx.Source.Key.Period));
        Field<PartnerType>("partner").Resolve(ctx => ctx.LoadById<Partner>(ctx.Source.By == RetentionGrouping.Partner ? ctx.Source.Key.PartnerId : null));
        Field<EnumerationGraphType<CustomerSegment>>("segment").Resolve(ctx => ctx.Source.Key.Segment);
        Field<NonNullGraphType<IntGraphType>>("customersAtStart").Description("Customers on the books when the bucket starts.").Resolve(ctx => ctx.Source.Figures.CustomersAtStart);
        Field<NonNullGraphType<IntGraphType>>("newCustomers").Description("Customers created in the bucket (and no longer prospects).").Resolve(ctx => ctx.Source.Figures.NewCustomers);
        Field<NonNullGraphType<IntGraphType>>("churnedCustomers").Description("Churns recorded in the bucket.").Resolve(ctx => ctx.Source.Figures.ChurnedCustomers);
        Field<NonNullGraphType<IntGraphType>>("wonBackCustomers").Description("Win-backs recorded in the bucket.").Resolve(ctx => ctx.Source.Figures.WonBackCustomers);
        Field<NonNullGraphType<IntGraphType>>("customersAtEnd").Description("At the start + new − churned + won back.").Resolve(ctx => ctx.Source.Figures.CustomersAtEnd);
        Field<DecimalGraphType>("churnRatePercent")
            .Description("Customers on the books at the start that churned in the bucket ÷ customers at the start (new ones excluded).")
            .Resolve(ctx => ctx.Source.Figures.ChurnRatePercent);
        Field<DecimalGraphType>("retentionRatePercent").Description("Customers at the start that did not churn in the bucket ÷ customers at the start.").Resolve(ctx => ctx.Source.Figures.RetentionRatePercent);
        Field<DecimalGraphType>("repeatPurchaseRatePercent")
            .Description("Customers with two or more orders in the bucket ÷ customers with at least one.")
            .Resolve(ctx => ctx.Source.Figures.RepeatPurchaseRatePercent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurrencyFiguresType>>>>("sales")
            .Description("Orders, revenue, average order value and lifetime value per currency, by currency code.")
            .Resolve(ctx => ctx.Source.Figures.Currencies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChurnCauseCountType>>>>("churnByCause")
            .Description("Churns in the bucket per cause; every cause, always.")
            .Resolve(ctx => ctx.Source.Figures.ChurnByCause);
        Field<NonNullGraphType<IntGraphType>>("companySideChurned").Description("Churns for product, service, staff or image.").Resolve(ctx => ctx.Source.Figures.CompanySideChurned);
        Field<NonNullGraphType<IntGraphType>>("outsideChurned").Description("Churns for customer-side, competitor, social or other causes.").Resolve(ctx => ctx.Source.Figures.OutsideChurned);
        Field<DecimalGraphType>("companySideSharePercent")
            .Description("Company-side churns ÷ churns with a cause.")
            .Resolve(ctx => ctx.Source.Figures.CompanySideSharePercent);
    }

    private static (string Key, string Label) Describe(RetentionBucket bucket) => (bucket.By, bucket.Key) switch
    {
        (RetentionGrouping.Partner, { PartnerId: { } id }) => (GlobalId.Encode(PartnerType.TypeName, id), string.Empty),
        (RetentionGrouping.Partner, _) => ("none", "No partner"),
        (RetentionGrouping.Segment, { Segment: { } segment }) => (EnumKeys.Of(segment), EnumKeys.Of(segment)),
        _ => bucket.Periods.Describe(bucket.Key.Period),
    };

    private static object LabelOf(IResolveFieldContext<RetentionBucket> context) =>
        context.Source is { By: RetentionGrouping.Partner, Key.PartnerId: { } id }
            ? context.LoadById<Partner>(id).Then(p => p?.Name)
            : Describe(context.Source).Label;
}
