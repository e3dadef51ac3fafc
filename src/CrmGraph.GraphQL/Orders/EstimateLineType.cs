using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Pricing;
using CrmGraph.GraphQL.Catalog;

namespace CrmGraph.GraphQL.Orders;

public sealed class EstimateLineType : ObjectGraphType<EstimateLine>
{
    public EstimateLineType()
    {
        Name = "EstimateLine";
        Description = "One line of an estimate, exactly as quoted, with the rule that priced it.";
        Field<NonNullGraphType<EnumerationGraphType<QuoteLineKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(l => l.Code);
        Field(l => l.Name);
        Field(l => l.Quantity);
        Field<NonNullGraphType<MoneyType>>("unitPrice").Resolve(ctx => Of(ctx, ctx.Source.UnitPrice));
        Field<NonNullGraphType<MoneyType>>("discount").Description("Tier discount taken off this line.").Resolve(ctx => Of(ctx, ctx.Source.Discount));
        Field<NonNullGraphType<MoneyType>>("total").Resolve(ctx => Of(ctx, ctx.Source.LineTotal));
        Field(l => l.Rule).Description("Which price applied and why, in words.");
        Field<ServiceProductType>("product")
            .Resolve(ctx => ctx.LoadById<ServiceProduct>(ctx.Source.Kind == QuoteLineKind.Product ? ctx.Source.ItemId : null));
        Field<AddOnServiceType>("addOn")
            .Resolve(ctx => ctx.LoadById<AddOnService>(ctx.Source.Kind == QuoteLineKind.AddOn ? ctx.Source.ItemId : null));
    }

    private static IDataLoaderResult<Money> Of(IResolveFieldContext<EstimateLine> context, decimal amount) =>
        context.LoadById<Estimate>(context.Source.EstimateId).Then(estimate => new Money(amount, estimate!.Currency));
}
