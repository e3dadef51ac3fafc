using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

public sealed class DeclineEstimateInputType : VersionedInputType<DeclineEstimateInput>
{
    public DeclineEstimateInputType()
        : base("DeclineEstimateInput", EstimateType.TypeName, "An open estimate the customer said no to.")
    {
        Field<NonNullGraphType<StringGraphType>>("reason").Description($"Why; at most {Estimate.MaxReasonLength} characters.");
    }
}
