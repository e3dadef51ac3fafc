using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Pricing;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.GraphQL.Pricing;

/// <summary>Reads the pricing settings: <c>Pricing:TierDiscountPercent:&lt;Tier&gt;</c>, defaulting per tier to the domain's policy.</summary>
public static class PricingConfiguration
{
    public const string TierDiscountSection = "Pricing:TierDiscountPercent";

    public static TierDiscountPolicy TierDiscounts(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TierDiscountSection);
        var percentages = Enum.GetValues<LoyaltyTier>().ToDictionary(
            tier => tier,
            tier => section[tier.ToString()] is { } value
                ? decimal.Parse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture)
                : TierDiscountPolicy.Default.PercentFor(tier));
        return new TierDiscountPolicy(percentages);
    }
}
