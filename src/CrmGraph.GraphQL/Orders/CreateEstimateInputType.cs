using CrmGraph.GraphQL.Pricing;

namespace CrmGraph.GraphQL.Orders;

public sealed class CreateEstimateInputType : InputObjectGraphType<CreateEstimateInput>
{
    public CreateEstimateInputType()
    {
        Name = "CreateEstimateInput";
        Description = "Priced now, exactly as `quote` would price it, and stored with its validity.";
        QuoteRequestFields.AddTo(this);
        Field<InstantGraphType>("validUntil").Description($"Approvable until this instant; {CreateEstimateCommand.DefaultValidity.TotalDays:0} days from now when omitted.");
        Field<IdGraphType>("staffMemberId").Description("Who explained the estimate to the customer.");
    }
}
