namespace CrmGraph.GraphQL.Orders;

public sealed class CancelServiceOrderInput : VersionedInput
{
    public string Reason { get; set; } = string.Empty;
}
