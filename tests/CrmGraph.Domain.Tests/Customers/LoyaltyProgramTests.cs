using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class LoyaltyProgramTests
{
    [Theory]
    [InlineData(149.99, 1, 149)]
    [InlineData(149.99, 1.5, 223)]
    [InlineData(0.99, 1, 0)]
    [InlineData(-20, 1, 0)]
    [InlineData(1000, 0, 0)]
    public void Points_come_from_whole_currency_units_of_the_total(decimal total, decimal perUnit, int expected)
    {
        var program = new LoyaltyProgram(perUnit, Thresholds(300, 800, 1_500));

        Assert.Equal(expected, program.PointsFor(new Money(total, "EUR")));
    }

    [Theory]
    [InlineData(0, LoyaltyTier.Standard)]
    [InlineData(299, LoyaltyTier.Standard)]
    [InlineData(300, LoyaltyTier.Silver)]
    [InlineData(799, LoyaltyTier.Silver)]
    [InlineData(800, LoyaltyTier.Gold)]
    [InlineData(1_500, LoyaltyTier.Vip)]
    [InlineData(90_000, LoyaltyTier.Vip)]
    public void The_tier_is_the_highest_whose_threshold_the_points_reach(int points, LoyaltyTier expected) =>
        Assert.Equal(expected, LoyaltyProgram.Default.TierFor(points));

    [Fact]
    public void Thresholds_must_be_given_positive_and_rising()
    {
        Assert.Throws<ArgumentException>(() => new LoyaltyProgram(1m, new Dictionary<LoyaltyTier, int> { [LoyaltyTier.Silver] = 100, [LoyaltyTier.Gold] = 200 }));
        Assert.Throws<ArgumentException>(() => new LoyaltyProgram(1m, Thresholds(0, 800, 1_500)));
        Assert.Throws<ArgumentException>(() => new LoyaltyProgram(1m, Thresholds(300, 800, 800)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LoyaltyProgram(-1m, Thresholds(300, 800, 1_500)));
    }

    [Fact]
    public void The_default_program_gives_a_point_per_unit_and_the_demo_thresholds()
    {
        Assert.Equal(1m, LoyaltyProgram.Default.PointsPerCurrencyUnit);
        Assert.Equal(
            [0, 300, 800, 1_500],
            Enum.GetValues<LoyaltyTier>().Select(LoyaltyProgram.Default.ThresholdOf));
    }

    private static Dictionary<LoyaltyTier, int> Thresholds(int silver, int gold, int vip) =>
        new() { [LoyaltyTier.Silver] = silver, [LoyaltyTier.Gold] = gold, [LoyaltyTier.Vip] = vip };
}
