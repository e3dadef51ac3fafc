using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Pricing;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Pricing;

public sealed class PriceType : NodeGraphType<Price>
{
    public const string TypeName = "Price";

    public PriceType()
        : base(TypeName, p => p.Id, "One price of a product on a price list, for a period, target and quantity break.")
    {
        Field<NonNullGraphType<MoneyType>>("amount")
            .Description("Price per unit, in the price list's currency.")
            .Resolve(ctx => ctx.LoadById<PriceList>(ctx.Source.PriceListId).Then(list => new Money(ctx.Source.Amount, list!.Currency)));
        Field<NonNullGraphType<InstantGraphType>>("validFrom").Resolve(ctx => ctx.Source.ValidFrom);
        Field<InstantGraphType>("validTo").Description("Exclusive end; open-ended when null.").Resolve(ctx => ctx.Source.ValidTo);
        Field<EnumerationGraphType<CustomerSegment>>("segment").Description("Only for this segment, when set.").Resolve(ctx => ctx.Source.Segment);
        Field<EnumerationGraphType<LoyaltyTier>>("loyaltyTier").Description("Only for this tier, when set.").Resolve(ctx => ctx.Source.LoyaltyTier);
        Field(p => p.MinQuantity).Description("Applies from this quantity (a quantity break).");
        Field<InstantGraphType>("recordedAt").Description("When the price was entered; null for imported prices.").Resolve(ctx => ctx.Source.RecordedAt);
        Field<StaffMemberType>("recordedBy").Description("Who entered the price; null for imported prices.")
            .Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.RecordedByStaffId));
        Field<NonNullGraphType<PriceListType>>("priceList").Resolve(ctx => ctx.LoadById<PriceList>(ctx.Source.PriceListId));
        Field<NonNullGraphType<ServiceProductType>>("product").Resolve(ctx => ctx.LoadById<ServiceProduct>(ctx.Source.ServiceProductId));
    }
}
