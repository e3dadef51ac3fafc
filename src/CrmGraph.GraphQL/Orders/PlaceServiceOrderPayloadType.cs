using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

public sealed class PlaceServiceOrderPayloadType : PayloadType<ServiceOrder, ServiceOrderType>
{
    public PlaceServiceOrderPayloadType()
        : base("PlaceServiceOrderPayload", "order")
    {
    }
}
