using CrmGraph.Domain.Customers;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.GraphQL.Customers;

/// <summary>
/// Reads the loyalty program: <c>Loyalty:PointsPerCurrencyUnit</c> and <c>Loyalty:TierThresholds:&lt;Silver|Gold|Vip&gt;</c>,
/// each defaulting to the domain's default program.
/// </summary>
public static class LoyaltyConfiguration
{
    public const string PointsPerCurrencyUnitKey = "Loyalty:PointsPerCurrencyUnit";
    public const string TierThresholdsSection = "Loyalty:TierThresholds";

    public static LoyaltyProgram Program(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = LoyaltyProgram.Default;
        var thresholds = configuration.GetSection(TierThresholdsSection);
        return new LoyaltyProgram(
            SettingValues.Number(configuration, PointsPerCurrencyUnitKey, defaults.PointsPerCurrencyUnit),
            new[] { LoyaltyTier.Silver, LoyaltyTier.Gold, LoyaltyTier.Vip }.ToDictionary(
                tier => tier,
                tier => SettingValues.WholeNumber(thresholds, tier.ToString(), defaults.ThresholdOf(tier))));
    }
}
