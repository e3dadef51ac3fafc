using CrmGraph.Domain.Retention;

namespace CrmGraph.GraphQL.Retention;

public sealed class CurrencyFiguresType : ObjectGraphType<CurrencyFigures>
{
    public CurrencyFiguresType()
    {
        Name = "CurrencySales";
        Description = "Orders and revenue in one currency; cancelled orders never count.";
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 code.").Resolve(ctx => ctx.Source.Currency);
        Field<NonNullGraphType<IntGraphType>>("orders").Description("Orders placed in the bucket.").Resolve(ctx => ctx.Source.Orders);
        Field<NonNullGraphType<MoneyType>>("revenue").Description("Their totals as charged.").Resolve(ctx => ctx.Source.Revenue);
        Field<MoneyType>("averageOrderValue").Description("Revenue ÷ orders; null without orders.").Resolve(ctx => ctx.Source.AverageOrderValue);
        Field<MoneyType>("lifetimeValue")
            .Description("Average lifetime value at the bucket's end: revenue of every order placed before it ÷ the customers who had ordered by then.")
            .Resolve(ctx => ctx.Source.LifetimeValue);
    }
}
