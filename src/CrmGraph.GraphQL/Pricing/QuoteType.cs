using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Pricing;
using CrmGraph.GraphQL.Customers;

namespace CrmGraph.GraphQL.Pricing;

public sealed class QuoteType : ObjectGraphType<Quote>
{
    public QuoteType()
    {
        Name = "Quote";
        Description = "The priced offer for one customer, product, quantity and add-ons at one instant.";
        Field<NonNullGraphType<CustomerType>>("customer").Resolve(ctx => ctx.LoadById<Customer>(ctx.Source.CustomerId));
        Field<NonNullGraphType<PriceListType>>("priceList").Resolve(ctx => ctx.LoadById<PriceList>(ctx.Source.PriceListId));
        Field(q => q.Currency);
        Field<NonNullGraphType<InstantGraphType>>("pricedAt").Resolve(ctx => ctx.Source.PricedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteLineType>>>>("lines").Resolve(ctx => ctx.Source.Lines);
        Field<NonNullGraphType<MoneyType>>("subtotal").Description("Before the tier discount.").Resolve(ctx => ctx.Source.Subtotal);
        Field<NonNullGraphType<MoneyType>>("tierDiscount").Resolve(ctx => ctx.Source.TierDiscount);
        Field<NonNullGraphType<MoneyType>>("total").Resolve(ctx => ctx.Source.Total);
    }
}
