using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Pricing;

public sealed class PriceListPayloadType : PayloadType<PriceList, PriceListType>
{
    public PriceListPayloadType()
        : base("PriceListPayload", "priceList")
    {
    }
}
