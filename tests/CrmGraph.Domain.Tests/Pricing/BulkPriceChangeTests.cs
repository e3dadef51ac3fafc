using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Tests.Pricing;

public sealed class BulkPriceChangeTests
{
    private static readonly DateTimeOffset Jan1 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly PriceList _list = new PriceList("STD", "Standard", "EUR", isDefault: true).WithId(1);

    [Theory]
    [InlineData(99.99, 5, 0.10, 105.00)]
    [InlineData(10.05, -3, 0.05, 9.75)]
    [InlineData(80.00, 2.5, 0.01, 82.00)]
    [InlineData(49.90, 10, 1, 55)]
    [InlineData(12.34, 1, 0.01, 12.46)]
    public void New_amounts_are_rounded_to_the_nearest_step_halves_away_from_zero(decimal amount, decimal percent, decimal roundTo, decimal expected) =>
        Assert.Equal(expected, BulkPriceChange.Adjust(amount, percent, roundTo));

    [Fact]
    public void Every_price_of_the_list_in_force_at_the_instant_is_ended_and_followed_by_its_adjusted_price()
    {
        var from = Now.AddDays(7);
        var rows = new List<Price>
        {
            new(1, 10, 100m, Jan1, null),
            new(1, 10, 90m, Jan1, null, loyaltyTier: LoyaltyTier.Gold),
            new(1, 11, 40m, Jan1, Jan1.AddDays(30)),
            new(2, 10, 999m, Jan1, null),
        };

        var plan = BulkPriceChange.Plan(rows, new BulkPriceChangeRequest(_list, 10m, 0.5m, from), by: 3, Now);

        Assert.True(plan.Succeeded);
        Assert.Equal([(100m, 110m), (90m, 99m)], plan.Value.Select(l => (l.Current.Amount, l.Next.Amount)));
        Assert.All(plan.Value, l => Assert.Equal((from, (DateTimeOffset?)from), (l.Next.ValidFrom, l.Current.ValidTo)));
        Assert.Equal(LoyaltyTier.Gold, plan.Value[1].Next.LoyaltyTier);
        Assert.Null(rows[3].ValidTo);
    }

    [Fact]
    public void A_zero_percentage_a_non_positive_step_and_a_past_instant_are_refused()
    {
        var rows = new List<Price> { new(1, 10, 100m, Jan1, null) };

        var plan = BulkPriceChange.Plan(rows, new BulkPriceChangeRequest(_list, 0m, 0m, Now), 3, Now);
        var past = BulkPriceChange.Plan(rows, new BulkPriceChangeRequest(_list, 5m, 0.01m, Now.AddDays(-1)), 3, Now);

        Assert.Equal(["percent", "roundTo"], plan.Errors.Select(e => e.Field));
        Assert.Equal("effectiveFrom", Assert.Single(past.Errors).Field);
        Assert.Null(rows[0].ValidTo);
    }
}
