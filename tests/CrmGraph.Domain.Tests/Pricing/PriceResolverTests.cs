using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Tests.Pricing;

public sealed class PriceResolverTests
{
    private static readonly DateTimeOffset Jan1 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Feb1 = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Mid = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static Price Row(int id, decimal amount, CustomerSegment? segment = null, LoyaltyTier? tier = null, int minQuantity = 1, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        new Price(1, 1, amount, from ?? Jan1, to, segment, tier, minQuantity).WithId(id);

    private static ResolvedPrice Resolve(IEnumerable<Price> rows, int quantity = 1, DateTimeOffset? at = null, LoyaltyTier tier = LoyaltyTier.Gold, CustomerSegment segment = CustomerSegment.QualitySensitive)
    {
        var outcome = PriceResolver.Resolve(rows, segment, tier, quantity, at ?? Mid);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value;
    }

    [Fact]
    public void Tier_price_beats_segment_price_beats_list_price()
    {
        Price[] rows = [Row(1, 100m), Row(2, 90m, segment: CustomerSegment.QualitySensitive), Row(3, 80m, tier: LoyaltyTier.Gold)];

        var resolved = Resolve(rows);

        Assert.Equal(3, resolved.Price.Id);
        Assert.True(resolved.IsTierPrice);
        Assert.Equal("Gold tier price from 2026-01-01", resolved.Rule);
    }

    [Fact]
    public void Segment_price_applies_when_no_tier_price_targets_the_customer()
    {
        Price[] rows = [Row(1, 100m), Row(2, 90m, segment: CustomerSegment.QualitySensitive), Row(3, 80m, tier: LoyaltyTier.Silver)];

        var resolved = Resolve(rows);

        Assert.Equal(2, resolved.Price.Id);
        Assert.False(resolved.IsTierPrice);
        Assert.Equal("QualitySensitive segment price from 2026-01-01", resolved.Rule);
    }

    [Fact]
    public void List_price_applies_when_targets_do_not_match()
    {
        Price[] rows = [Row(1, 100m), Row(2, 90m, segment: CustomerSegment.PriceSensitive), Row(3, 80m, tier: LoyaltyTier.Vip)];

        var resolved = Resolve(rows);

        Assert.Equal(1, resolved.Price.Id);
        Assert.Equal("List price from 2026-01-01", resolved.Rule);
    }

    [Fact]
    public void A_price_for_both_tier_and_segment_needs_both_to_match_and_then_beats_either()
    {
        Price[] rows =
        [
            Row(1, 80m, tier: LoyaltyTier.Gold),
            Row(2, 70m, segment: CustomerSegment.QualitySensitive, tier: LoyaltyTier.Gold),
            Row(3, 60m, segment: CustomerSegment.PriceSensitive, tier: LoyaltyTier.Gold),
        ];

        Assert.Equal(2, Resolve(rows).Price.Id);
        Assert.Equal(1, Resolve(rows, segment: CustomerSegment.Standard).Price.Id);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 3)]
    [InlineData(50, 3)]
    public void The_best_quantity_break_reached_applies(int quantity, int expectedId)
    {
        Price[] rows = [Row(1, 100m), Row(2, 95m, minQuantity: 5), Row(3, 90m, minQuantity: 10)];

        Assert.Equal(expectedId, Resolve(rows, quantity).Price.Id);
    }

    [Fact]
    public void A_quantity_break_does_not_outrank_a_more_specific_target()
    {
        Price[] rows = [Row(1, 70m, minQuantity: 5), Row(2, 90m, tier: LoyaltyTier.Gold)];

        Assert.Equal(2, Resolve(rows, quantity: 6).Price.Id);
    }

    [Fact]
    public void The_rule_names_the_quantity_break()
    {
        Price[] rows = [Row(1, 70m, tier: LoyaltyTier.Gold, minQuantity: 5)];

        Assert.Equal("Gold tier price from 2026-01-01, 5+ units", Resolve(rows, quantity: 5).Rule);
    }

    [Fact]
    public void The_newest_row_wins_between_equally_specific_rows()
    {
        Price[] rows = [Row(1, 100m), Row(2, 110m, from: Mid.AddDays(-1))];

        var resolved = Resolve(rows);

        Assert.Equal(2, resolved.Price.Id);
        Assert.Equal("List price from 2026-01-14", resolved.Rule);
    }

    [Fact]
    public void Full_ties_go_to_the_lowest_id_whatever_the_order()
    {
        Price[] rows = [Row(7, 100m), Row(3, 100m), Row(5, 100m)];

        Assert.Equal(3, Resolve(rows).Price.Id);
        Assert.Equal(3, Resolve(rows.Reverse()).Price.Id);
    }

    [Fact]
    public void ValidFrom_is_inclusive_and_ValidTo_exclusive()
    {
        Price[] rows = [Row(1, 100m, to: Feb1), Row(2, 120m, from: Feb1)];

        Assert.Equal(1, Resolve(rows, at: Jan1).Price.Id);
        Assert.Equal(1, Resolve(rows, at: Feb1.AddTicks(-1)).Price.Id);
        Assert.Equal(2, Resolve(rows, at: Feb1).Price.Id);
    }

    [Fact]
    public void An_expired_specific_price_gives_way_to_the_list_price()
    {
        Price[] rows = [Row(1, 100m), Row(2, 80m, tier: LoyaltyTier.Gold, to: Mid)];

        Assert.Equal(1, Resolve(rows, at: Mid).Price.Id);
    }

    [Fact]
    public void No_price_in_force_is_an_error()
    {
        Price[] rows = [Row(1, 100m, from: Feb1), Row(2, 90m, minQuantity: 5), Row(3, 80m, tier: LoyaltyTier.Silver)];

        var outcome = PriceResolver.Resolve(rows, CustomerSegment.Standard, LoyaltyTier.Gold, 2, Mid);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DomainErrorCodes.NoPriceInForce, error.Code);
        Assert.Equal("productId", error.Field);
    }

    [Fact]
    public void No_rows_at_all_is_an_error()
    {
        var outcome = PriceResolver.Resolve([], CustomerSegment.Standard, LoyaltyTier.Standard, 1, Mid);

        Assert.Equal(DomainErrorCodes.NoPriceInForce, Assert.Single(outcome.Errors).Code);
    }
}
