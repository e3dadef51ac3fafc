using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Tests.Pricing;

public sealed class PriceScheduleTests
{
    private const int ProductId = 10;
    private const int By = 7;
    private static readonly DateTimeOffset Jan1 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly PriceList _list = new PriceList("STD", "Standard", "EUR", isDefault: true).WithId(1);
    private readonly List<Price> _series = [];

    public PriceScheduleTests() => _series.Add(new Price(1, ProductId, 100m, Jan1, null).WithId(1));

    [Fact]
    public void A_change_ends_the_price_in_force_at_its_instant_and_starts_the_new_one_there()
    {
        var from = Now.AddDays(10);

        var added = Change(120m, from);

        Assert.Equal(from, _series[0].ValidTo);
        Assert.Equal(100m, _series[0].Amount);
        Assert.Equal((120m, from, (DateTimeOffset?)null, (int?)By, (DateTimeOffset?)Now), (added.Amount, added.ValidFrom, added.ValidTo, added.RecordedByStaffId, added.RecordedAt));
    }

    [Fact]
    public void History_is_never_rewritten_a_change_in_the_past_is_refused_and_nothing_moves()
    {
        var outcome = Try(120m, Now.AddMinutes(-1));

        Assert.Equal(DomainErrorCodes.Validation, Assert.Single(outcome.Errors).Code);
        Assert.Null(_series[0].ValidTo);
    }

    [Fact]
    public void A_negative_price_and_a_currency_other_than_the_lists_are_refused()
    {
        var outcome = PriceSchedule.Change(_series, Request(new Money(-1m, "USD"), Now.AddDays(1)), By, Now);

        Assert.Equal([DomainErrorCodes.Validation, DomainErrorCodes.CurrencyMismatch], outcome.Errors.Select(e => e.Code));
        Assert.Null(_series[0].ValidTo);
    }

    [Fact]
    public void A_change_before_one_already_scheduled_would_overlap_it_and_is_refused()
    {
        _series.Add(Change(120m, Now.AddDays(10)));

        var outcome = Try(110m, Now.AddDays(5));

        Assert.Equal(DomainErrorCodes.PriceOverlap, Assert.Single(outcome.Errors).Code);
        Assert.Equal(Now.AddDays(10), _series[0].ValidTo);
    }

    [Fact]
    public void Prices_of_another_target_or_quantity_break_are_a_series_of_their_own()
    {
        _series.Add(new Price(1, ProductId, 90m, Now.AddDays(10), null, loyaltyTier: LoyaltyTier.Gold));

        var added = Change(120m, Now.AddDays(10));

        Assert.Equal(Now.AddDays(10), added.ValidFrom);
        Assert.Null(_series[1].ValidTo);
    }

    [Fact]
    public void A_scheduled_change_can_be_rescheduled_and_the_price_it_replaces_then_ends_at_the_new_instant()
    {
        var scheduled = Change(120m, Now.AddDays(10));
        _series.Add(scheduled);

        var errors = PriceSchedule.Reschedule(_series, scheduled, _list, new Money(125m, "EUR"), Now.AddDays(20), By, Now);

        Assert.Empty(errors);
        Assert.Equal((125m, Now.AddDays(20)), (scheduled.Amount, scheduled.ValidFrom));
        Assert.Equal(Now.AddDays(20), _series[0].ValidTo);
    }

    [Fact]
    public void A_scheduled_change_cannot_be_moved_before_the_start_of_the_price_it_replaces()
    {
        var scheduled = Change(120m, Now.AddDays(10));
        _series.Add(scheduled);
        var laterStart = Now.AddDays(2);
        var second = Change(130m, Now.AddDays(20));
        _series.Add(second);

        var errors = PriceSchedule.Reschedule(_series, second, _list, new Money(130m, "EUR"), Now.AddDays(5), By, Now);

        Assert.Equal(DomainErrorCodes.PriceOverlap, Assert.Single(errors).Code);
        Assert.Equal(Now.AddDays(20), second.ValidFrom);
        Assert.True(laterStart < second.ValidFrom);
    }

    [Fact]
    public void A_withdrawn_change_lets_the_price_it_would_have_ended_run_on()
    {
        var scheduled = Change(120m, Now.AddDays(10));
        _series.Add(scheduled);

        Assert.Null(PriceSchedule.Withdraw(_series, scheduled, Now));

        Assert.Null(_series[0].ValidTo);
    }

    [Fact]
    public void A_price_that_has_been_in_force_can_be_neither_rescheduled_nor_withdrawn()
    {
        var inForce = _series[0];

        var rescheduled = PriceSchedule.Reschedule(_series, inForce, _list, new Money(1m, "EUR"), Now.AddDays(1), By, Now);
        var withdrawn = PriceSchedule.Withdraw(_series, inForce, Now);

        Assert.Equal(DomainErrorCodes.PriceAlreadyInForce, Assert.Single(rescheduled).Code);
        Assert.Equal(DomainErrorCodes.PriceAlreadyInForce, withdrawn!.Code);
        Assert.Equal((100m, Jan1), (inForce.Amount, inForce.ValidFrom));
    }

    [Fact]
    public void After_several_changes_each_instant_is_priced_by_the_row_in_force_then()
    {
        var now = Now;
        foreach (var (amount, days) in new[] { (110m, 10), (95m, 20), (130m, 45) })
        {
            _series.Add(Change(amount, Now.AddDays(days), now));
            now = now.AddDays(1);
        }

        Assert.Equal(100m, PriceAt(Now.AddDays(9)));
        Assert.Equal(110m, PriceAt(Now.AddDays(10)));
        Assert.Equal(110m, PriceAt(Now.AddDays(19)));
        Assert.Equal(95m, PriceAt(Now.AddDays(30)));
        Assert.Equal(130m, PriceAt(Now.AddDays(400)));
        Assert.All(_series.SkipLast(1), p => Assert.NotNull(p.ValidTo));
    }

    private decimal PriceAt(DateTimeOffset at) =>
        PriceResolver.Resolve(_series, CustomerSegment.Standard, LoyaltyTier.Standard, 1, at).Value.Price.Amount;

    private Price Change(decimal amount, DateTimeOffset from, DateTimeOffset? now = null)
    {
        var outcome = Try(amount, from, now);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value;
    }

    private Outcome<Price> Try(decimal amount, DateTimeOffset from, DateTimeOffset? now = null) =>
        PriceSchedule.Change(_series, Request(new Money(amount, "EUR"), from), By, now ?? Now);

    private PriceChangeRequest Request(Money amount, DateTimeOffset from) => new(_list, ProductId, amount, null, null, 1, from);
}
