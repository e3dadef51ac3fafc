using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Orders;
using CrmGraph.GraphQL.Catalog;

namespace CrmGraph.GraphQL.Orders;

public sealed class ServiceOrderLineType : ObjectGraphType<ServiceOrderLine>
{
    public ServiceOrderLineType()
    {
        Name = "ServiceOrderLine";
        Description = "A product bought on an order, priced as at order time.";
        Field<NonNullGraphType<ServiceProductType>>("product").Resolve(ctx => ctx.LoadById<ServiceProduct>(ctx.Source.ServiceProductId));
        Field(l => l.Quantity);
        Field<NonNullGraphType<MoneyType>>("unitPrice").Description("As charged at order time.").Resolve(ctx => OrderMoney.Of(ctx, ctx.Source.ServiceOrderId, ctx.Source.UnitPrice));
        Field<NonNullGraphType<MoneyType>>("discount").Resolve(ctx => OrderMoney.Of(ctx, ctx.Source.ServiceOrderId, ctx.Source.Discount));
        Field<NonNullGraphType<MoneyType>>("lineTotal").Resolve(ctx => OrderMoney.Of(ctx, ctx.Source.ServiceOrderId, ctx.Source.LineTotal));
        Field(l => l.PriceRule).Description("Which price applied and why.");
    }
}
