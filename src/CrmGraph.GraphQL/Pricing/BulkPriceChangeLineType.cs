using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Pricing;
using CrmGraph.GraphQL.Catalog;

namespace CrmGraph.GraphQL.Pricing;

public sealed class BulkPriceChangeLineType : ObjectGraphType<BulkPriceLine>
{
    public BulkPriceChangeLineType()
    {
        Name = "BulkPriceChangeLine";
        Description = "One price of a bulk change: the price in force at the instant and the new one from then on.";
        Field<NonNullGraphType<ServiceProductType>>("product").Resolve(ctx => ctx.LoadById<ServiceProduct>(ctx.Source.Current.ServiceProductId));
        Field<EnumerationGraphType<CustomerSegment>>("segment").Resolve(ctx => ctx.Source.Current.Segment);
        Field<EnumerationGraphType<LoyaltyTier>>("loyaltyTier").Resolve(ctx => ctx.Source.Current.LoyaltyTier);
        Field<NonNullGraphType<IntGraphType>>("minQuantity").Resolve(ctx => ctx.Source.Current.MinQuantity);
        Field<NonNullGraphType<DecimalGraphType>>("oldAmount").Resolve(ctx => ctx.Source.Current.Amount);
        Field<NonNullGraphType<DecimalGraphType>>("newAmount").Resolve(ctx => ctx.Source.Next.Amount);
        Field<NonNullGraphType<PriceType>>("currentPrice").Description("The price the change ends.").Resolve(ctx => ctx.Source.Current);
    }
}
