using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Pricing;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.GraphQL.Tests.Pricing;

public sealed class PricingConfigurationTests
{
    [Fact]
    public void Configured_tiers_override_the_defaults_and_the_rest_keep_them()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pricing:TierDiscountPercent:Gold"] = "7.5", ["Pricing:TierDiscountPercent:Vip"] = "12" })
            .Build();

        var policy = PricingConfiguration.TierDiscounts(configuration);

        Assert.Equal(7.5m, policy.PercentFor(LoyaltyTier.Gold));
        Assert.Equal(12m, policy.PercentFor(LoyaltyTier.Vip));
        Assert.Equal(3m, policy.PercentFor(LoyaltyTier.Silver));
        Assert.Equal(0m, policy.PercentFor(LoyaltyTier.Standard));
    }

    [Fact]
    public void A_discount_outside_zero_to_a_hundred_stops_start_up()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pricing:TierDiscountPercent:Silver"] = "150" })
            .Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => PricingConfiguration.TierDiscounts(configuration));
    }
}
