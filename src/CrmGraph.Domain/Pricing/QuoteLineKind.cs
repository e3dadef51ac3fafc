namespace CrmGraph.Domain.Pricing;

public enum QuoteLineKind
{
    Product,
    AddOn,
}
