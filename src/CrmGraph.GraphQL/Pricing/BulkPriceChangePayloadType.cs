namespace CrmGraph.GraphQL.Pricing;

public sealed class BulkPriceChangePayloadType : PayloadType<BulkPriceChangeResult, BulkPriceChangeType>
{
    public BulkPriceChangePayloadType()
        : base("BulkPriceChangePayload", "change")
    {
    }
}
