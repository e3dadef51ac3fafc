namespace CrmGraph.GraphQL.Pricing;

/// <summary>What to price: shared by <c>quote</c> and <c>placeServiceOrder</c>.</summary>
public class QuoteRequestInput
{
    public string CustomerId { get; set; } = string.Empty;

    public string ProductId { get; set; } = string.Empty;

    public int Quantity { get; set; }

    public List<AddOnQuantityInput>? AddOns { get; set; }

    public string? PriceListId { get; set; }
}
