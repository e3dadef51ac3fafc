namespace CrmGraph.GraphQL.Pricing;

public sealed class AddOnQuantityInput
{
    public string AddOnId { get; set; } = string.Empty;

    public int Quantity { get; set; }
}
