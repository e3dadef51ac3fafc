using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Pricing;
using CrmGraph.GraphQL.Catalog;

namespace CrmGraph.GraphQL.Pricing;

public sealed class QuoteLineType : ObjectGraphType<QuoteLine>
{
    public QuoteLineType()
    {
        Name = "QuoteLine";
        Description = "One priced line: the product or an add-on, with the rule that set its price.";
        Field<NonNullGraphType<EnumerationGraphType<QuoteLineKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(l => l.Code);
        Field(l => l.Name);
        Field(l => l.Quantity);
        Field<NonNullGraphType<MoneyType>>("unitPrice").Resolve(ctx => ctx.Source.UnitPrice);
        Field<NonNullGraphType<MoneyType>>("discount").Description("Tier discount taken off this line.").Resolve(ctx => ctx.Source.Discount);
        Field<NonNullGraphType<MoneyType>>("total").Resolve(ctx => ctx.Source.Total);
        Field(l => l.Rule).Description("Which price applied and why, in words.");
        Field<ServiceProductType>("product")
            .Resolve(ctx => ctx.LoadById<ServiceProduct>(ctx.Source.Kind == QuoteLineKind.Product ? ctx.Source.ItemId : null));
        Field<AddOnServiceType>("addOn")
            .Resolve(ctx => ctx.LoadById<AddOnService>(ctx.Source.Kind == QuoteLineKind.AddOn ? ctx.Source.ItemId : null));
    }
}
