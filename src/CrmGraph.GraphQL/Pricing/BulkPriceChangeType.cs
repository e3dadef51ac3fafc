namespace CrmGraph.GraphQL.Pricing;

public sealed class BulkPriceChangeType : ObjectGraphType<BulkPriceChangeResult>
{
    public BulkPriceChangeType()
    {
        Name = "BulkPriceChange";
        Description = "A bulk price change, previewed (nothing saved) or applied (all lines in one transaction).";
        Field<NonNullGraphType<PriceListType>>("priceList").Resolve(ctx => ctx.Source.PriceList);
        Field<NonNullGraphType<InstantGraphType>>("effectiveFrom").Resolve(ctx => ctx.Source.EffectiveFrom);
        Field(c => c.Applied).Description("False for a preview.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BulkPriceChangeLineType>>>>("lines").Resolve(ctx => ctx.Source.Lines);
    }
}
