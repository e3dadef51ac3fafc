using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Pricing;

/// <summary>The percentage taken off a quote line for each loyalty tier.</summary>
public sealed class TierDiscountPolicy
{
    private readonly Dictionary<LoyaltyTier, decimal> _percentages;

    /// <param name="percentages">Percent per tier, 0–100; a tier left out gets no discount.</param>
    public TierDiscountPolicy(IReadOnlyDictionary<LoyaltyTier, decimal> percentages)
    {
        foreach (var (tier, percent) in percentages)
        {
            if (percent is < 0m or > 100m)
            {
                throw new ArgumentOutOfRangeException(nameof(percentages), percent, $"The {tier} discount must lie between 0 and 100 percent.");
            }
        }

        _percentages = new Dictionary<LoyaltyTier, decimal>(percentages);
    }

    public static TierDiscountPolicy Default { get; } = new(new Dictionary<LoyaltyTier, decimal>
    {
        [LoyaltyTier.Standard] = 0m,
        [LoyaltyTier.Silver] = 3m,
        [LoyaltyTier.Gold] = 5m,
        [LoyaltyTier.Vip] = 10m,
    });

    public decimal PercentFor(LoyaltyTier tier) => _percentages.GetValueOrDefault(tier);
}
