using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Orders;
using CrmGraph.GraphQL.Catalog;

namespace CrmGraph.GraphQL.Orders;

public sealed class ServiceOrderAddOnType : ObjectGraphType<ServiceOrderAddOn>
{
    public ServiceOrderAddOnType()
    {
        Name = "ServiceOrderAddOn";
        Description = "An add-on service bought with an order, priced as at order time.";
        Field<NonNullGraphType<AddOnServiceType>>("addOn").Resolve(ctx => ctx.LoadById<AddOnService>(ctx.Source.AddOnServiceId));
        Field(a => a.Quantity);
        Field<NonNullGraphType<DecimalGraphType>>("unitPrice").Description("In the order's currency.").Resolve(ctx => ctx.Source.UnitPrice);
        Field<NonNullGraphType<DecimalGraphType>>("discount").Resolve(ctx => ctx.Source.Discount);
        Field<NonNullGraphType<DecimalGraphType>>("lineTotal").Resolve(ctx => ctx.Source.LineTotal);
    }
}
