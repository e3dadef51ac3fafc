using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Customers;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.GraphQL.Tests.Customers;

public sealed class LoyaltyConfigurationTests
{
    [Fact]
    public void Configured_rate_and_thresholds_override_the_defaults_and_the_rest_keep_them()
    {
        var program = LoyaltyConfiguration.Program(Settings(
            ("Loyalty:PointsPerCurrencyUnit", "2.5"),
            ("Loyalty:TierThresholds:Gold", "1000"),
            ("Loyalty:TierThresholds:Vip", "4000")));

        Assert.Equal(2.5m, program.PointsPerCurrencyUnit);
        Assert.Equal([300, 1_000, 4_000], new[] { LoyaltyTier.Silver, LoyaltyTier.Gold, LoyaltyTier.Vip }.Select(program.ThresholdOf));
        Assert.Equal(250, program.PointsFor(new Money(100.99m, "EUR")));
    }

    [Fact]
    public void Without_settings_the_default_program_applies()
    {
        var program = LoyaltyConfiguration.Program(Settings());

        Assert.Equal(LoyaltyProgram.Default.PointsPerCurrencyUnit, program.PointsPerCurrencyUnit);
        Assert.Equal(LoyaltyTier.Vip, program.TierFor(LoyaltyProgram.Default.ThresholdOf(LoyaltyTier.Vip)));
    }

    [Fact]
    public void Thresholds_out_of_order_stop_start_up()
    {
        var error = Assert.Throws<ArgumentException>(() => LoyaltyConfiguration.Program(Settings(("Loyalty:TierThresholds:Silver", "900"))));

        Assert.Contains("Gold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_value_names_its_setting()
    {
        var error = Assert.Throws<FormatException>(() => LoyaltyConfiguration.Program(Settings(("Loyalty:TierThresholds:Vip", "lots"))));

        Assert.Contains("Loyalty:TierThresholds:Vip", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string? Value)[] values) => TestSettings.Of(values);
}
