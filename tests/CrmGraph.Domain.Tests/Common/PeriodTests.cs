namespace CrmGraph.Domain.Tests.Common;

public sealed class PeriodTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_period_holds_its_start_but_not_its_end()
    {
        var quarter = Period.Of(Start, Start.AddMonths(3)).Value;

        Assert.True(quarter.Contains(Start));
        Assert.True(quarter.Contains(Start.AddMonths(3).AddTicks(-1)));
        Assert.False(quarter.Contains(Start.AddMonths(3)));
        Assert.False(quarter.Contains(Start.AddTicks(-1)));
    }

    [Fact]
    public void Consecutive_periods_share_no_instant()
    {
        var first = Period.Of(Start, Start.AddMonths(1)).Value;
        var second = Period.Of(Start.AddMonths(1), Start.AddMonths(2)).Value;

        Assert.False(first.Contains(second.From));
        Assert.True(second.Contains(second.From));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_period_must_end_after_it_starts(int days)
    {
        var outcome = Period.Of(Start, Start.AddDays(days));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DomainErrorCodes.Validation, error.Code);
        Assert.Equal("to", error.Field);
    }
}
