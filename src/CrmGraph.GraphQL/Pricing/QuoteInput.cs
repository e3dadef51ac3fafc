namespace CrmGraph.GraphQL.Pricing;

public sealed class QuoteInput : QuoteRequestInput
{
    public DateTimeOffset? At { get; set; }
}
