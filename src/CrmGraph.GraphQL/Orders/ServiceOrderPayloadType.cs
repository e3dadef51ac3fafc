using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

/// <summary>The payload of every move of an order through its lifecycle.</summary>
public sealed class ServiceOrderPayloadType : PayloadType<ServiceOrder, ServiceOrderType>
{
    public ServiceOrderPayloadType()
        : base("ServiceOrderPayload", "order")
    {
    }
}
