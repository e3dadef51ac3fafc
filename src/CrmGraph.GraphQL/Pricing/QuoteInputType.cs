namespace CrmGraph.GraphQL.Pricing;

public sealed class QuoteInputType : InputObjectGraphType<QuoteInput>
{
    public QuoteInputType()
    {
        Name = "QuoteInput";
        QuoteRequestFields.AddTo(this);
        Field<InstantGraphType>("at").Description("Price as at this instant; now when omitted.");
    }
}
