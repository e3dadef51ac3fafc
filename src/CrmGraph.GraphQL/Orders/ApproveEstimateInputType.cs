namespace CrmGraph.GraphQL.Orders;

public sealed class ApproveEstimateInputType : VersionedInputType<VersionedInput>
{
    public ApproveEstimateInputType()
        : base("ApproveEstimateInput", EstimateType.TypeName, "An open estimate, still valid, to turn into an order at its prices.")
    {
    }
}
