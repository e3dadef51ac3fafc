using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Pricing;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Pricing;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Catalog;

public sealed class CatalogueChangeType : ObjectGraphType<CatalogueChange>
{
    public CatalogueChangeType()
    {
        Name = "CatalogueChange";
        Description = "One change to the catalogue or its prices: what, by whom, when. Append-only.";
        Field<NonNullGraphType<EnumerationGraphType<CatalogueChangeKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field(c => c.Summary).Description("What changed, in words.");
        Field<NonNullGraphType<StaffMemberType>>("by").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.ByStaffId));
        Field<ServiceProductType>("product").Resolve(ctx => ctx.LoadById<ServiceProduct>(ctx.Source.ServiceProductId));
        Field<AddOnServiceType>("addOn").Resolve(ctx => ctx.LoadById<AddOnService>(ctx.Source.AddOnServiceId));
        Field<PriceListType>("priceList").Resolve(ctx => ctx.LoadById<PriceList>(ctx.Source.PriceListId));
        Field<PriceType>("price").Description("The price set; null once a withdrawn price is gone.").Resolve(ctx => ctx.LoadById<Price>(ctx.Source.PriceId));
    }
}
