using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Partners;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class SatisfactionBucketType : ObjectGraphType<SatisfactionBucket>
{
    public SatisfactionBucketType()
    {
        Name = "SatisfactionBucket";
        Description = "The figures of one period, product, staff member or partner.";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description("Stable: an ISO date (2026-03-05), week (2026-W10) or month (2026-03); the id of the product, staff member or partner; 'none' for responses without one; 'all' without grouping.")
            .Resolve(ctx => KeyOf(ctx.Source));
        Field<NonNullGraphType<StringGraphType>>("label").Description("For people: the period, or the name of the product, staff member or partner.").Resolve(LabelOf);
        Field<InstantGraphType>("periodStart")
            .Description("The UTC instant the day, week (a Monday) or month starts; null for other groupings.")
            .Resolve(ctx => SatisfactionPeriods.IsPeriod(ctx.Source.By) && ctx.Source.Key is { } key ? SatisfactionPeriods.StartOf(ctx.Source.By!.Value, key) : null);
        Field<ServiceProductType>("product").Resolve(ctx => ctx.LoadById<ServiceProduct>(KeyWhen(ctx.Source, SatisfactionGrouping.Product)));
        Field<StaffMemberType>("staffMember").Resolve(ctx => ctx.LoadById<StaffMember>(KeyWhen(ctx.Source, SatisfactionGrouping.StaffMember)));
        Field<PartnerType>("partner").Resolve(ctx => ctx.LoadById<Partner>(KeyWhen(ctx.Source, SatisfactionGrouping.Partner)));
        SatisfactionFigureFields.AddTo(this, b => b.Figures);
    }

    private static int? KeyWhen(SatisfactionBucket bucket, SatisfactionGrouping by) => bucket.By == by ? bucket.Key : null;

    private static string KeyOf(SatisfactionBucket bucket) => (bucket.By, bucket.Key) switch
    {
        (null, _) => "all",
        (_, null) => "none",
        (SatisfactionGrouping.Product, { } key) => GlobalId.Encode(ServiceProductType.TypeName, key),
        (SatisfactionGrouping.StaffMember, { } key) => GlobalId.Encode(StaffMemberType.TypeName, key),
        (SatisfactionGrouping.Partner, { } key) => GlobalId.Encode(PartnerType.TypeName, key),
        ({ } by, { } key) => SatisfactionPeriods.Describe(by, key).Key,
    };

    private static object LabelOf(IResolveFieldContext<SatisfactionBucket> context)
    {
        var (by, key) = (context.Source.By, context.Source.Key);
        return by switch
        {
            null => "All responses",
            SatisfactionGrouping.Product => key is null ? "No product" : context.LoadById<ServiceProduct>(key).Then(p => p?.Name),
            SatisfactionGrouping.StaffMember => key is null ? "No staff member" : context.LoadById<StaffMember>(key).Then(s => s?.Name),
            SatisfactionGrouping.Partner => key is null ? "No partner" : context.LoadById<Partner>(key).Then(p => p?.Name),
            _ => SatisfactionPeriods.Describe(by.Value, key!.Value).Label,
        };
    }
}
