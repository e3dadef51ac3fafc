using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

public sealed class EstimatePayloadType : PayloadType<Estimate, EstimateType>
{
    public EstimatePayloadType()
        : base("EstimatePayload", "estimate")
    {
    }
}
