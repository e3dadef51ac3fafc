namespace CrmGraph.Domain.Pricing;

/// <summary>How narrowly a price is targeted; a higher value beats a lower one when both apply.</summary>
public enum PriceSpecificity
{
    ListDefault = 0,
    Segment = 1,
    Tier = 2,
    TierAndSegment = 3,
}
