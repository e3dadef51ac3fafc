using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Pricing;

public sealed class QuotePayloadType : PayloadType<Quote, QuoteType>
{
    public QuotePayloadType()
        : base("QuotePayload", "quote")
    {
    }
}
