namespace CrmGraph.GraphQL.Pricing;

public sealed class CreatePriceListInput
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Currency { get; set; } = string.Empty;

    public bool IsDefault { get; set; }
}
