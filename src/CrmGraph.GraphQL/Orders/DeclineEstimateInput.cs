namespace CrmGraph.GraphQL.Orders;

public sealed class DeclineEstimateInput : VersionedInput
{
    public string Reason { get; set; } = string.Empty;
}
