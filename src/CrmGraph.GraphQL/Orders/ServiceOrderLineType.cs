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
        Field<NonNullGraphType<DecimalGraphType>>("unitPrice").Description("In the order's currency.").Resolve(ctx => ctx.Source.UnitPrice);
        Field<NonNullGraphType<DecimalGraphType>>("discount").Resolve(ctx => ctx.Source.Discount);
        Field<NonNullGraphType<DecimalGraphType>>("lineTotal").Resolve(ctx => ctx.Source.LineTotal);
        Field(l => l.PriceRule).Description("Which price applied and why.");
    }
}
