using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Pricing;

public sealed class PricePayloadType : PayloadType<Price, PriceType>
{
    public PricePayloadType()
        : base("PricePayload", "price")
    {
    }
}
