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
        OrderMoney.AddChargedFields(this);
        Field(l => l.PriceRule).Description("Which price applied and why.");
    }
}
