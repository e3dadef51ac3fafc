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
        OrderMoney.AddChargedFields(this);
    }
}
