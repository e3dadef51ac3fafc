namespace CrmGraph.Domain.Pricing;

/// <summary>The price row in force and, in words, why it was chosen.</summary>
public sealed record ResolvedPrice(Price Price, PriceSpecificity Specificity, string Rule)
{
    /// <summary>A tier-targeted price already carries the loyalty benefit, so no tier discount goes on top.</summary>
    public bool IsTierPrice => Specificity >= PriceSpecificity.Tier;
}
