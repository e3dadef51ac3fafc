namespace CrmGraph.Domain.Tests.Common;

public sealed class RatiosTests
{
    [Theory]
    [InlineData(1, 3, 33.33)]
    [InlineData(2, 3, 66.67)]
    [InlineData(1, 8, 12.5)]
    [InlineData(3, 3, 100)]
    [InlineData(0, 5, 0)]
    public void Percentages_are_rounded_to_two_places(long part, long whole, decimal expected) =>
        Assert.Equal(expected, Ratios.Percent(part, whole));

    [Fact]
    public void Nothing_counted_is_null_not_a_division_by_zero()
    {
        Assert.Null(Ratios.Percent(0, 0));
        Assert.Null(Ratios.Average(0m, 0));
    }

    [Fact]
    public void Averages_round_half_away_from_zero_once_at_the_end()
    {
        Assert.Equal(1.01m, Ratios.Average(2.01m, 2)); // 1.005
        Assert.Equal(0.33m, Ratios.Average(1m, 3));
    }
}
