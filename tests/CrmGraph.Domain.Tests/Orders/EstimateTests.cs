using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Tests.Orders;

public sealed class EstimateTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ValidUntil = At.AddDays(14);

    [Fact]
    public void Approving_a_valid_estimate_orders_at_the_estimated_prices_and_rules()
    {
        var estimate = Made();
        var approvedAt = At.AddDays(3);

        var order = estimate.Approve("SO-1", staffMemberId: null, approvedAt);

        Assert.True(order.Succeeded);
        Assert.Equal(EstimateStatus.Approved, estimate.StatusAt(approvedAt));
        var placed = order.Value;
        Assert.Equal((4, "EUR", 213.75m, approvedAt, (int?)8), (placed.CustomerId, placed.Currency, placed.Total, placed.OrderedAt, placed.StaffMemberId));
        var line = Assert.Single(placed.Lines);
        Assert.Equal((100m, 190m, "List price"), (line.UnitPrice, line.LineTotal, line.PriceRule));
        Assert.Equal(23.75m, Assert.Single(placed.AddOns).LineTotal);
    }

    [Fact]
    public void An_estimate_records_being_made_approved_or_declined_and_nothing_for_a_refused_decision()
    {
        var approved = Made();
        Assert.Equal(new EstimateCreated(approved.Number, 213.75m, "EUR", ValidUntil, At) { EventId = Guid.Empty }, Recorded(approved)[0] with { EventId = Guid.Empty });
        approved.Approve("SO-1", staffMemberId: null, At.AddDays(1));
        Assert.Equal(new EstimateApproved(approved.Number, "SO-1", 213.75m, "EUR", At.AddDays(1)) { EventId = Guid.Empty }, Recorded(approved)[^1] with { EventId = Guid.Empty });

        var declined = Made();
        declined.Decline(" Too dear ", At.AddDays(2));
        Assert.Equal(new EstimateDeclined(declined.Number, "Too dear", At.AddDays(2)) { EventId = Guid.Empty }, Recorded(declined)[^1] with { EventId = Guid.Empty });

        var count = Recorded(declined).Count;
        Assert.NotNull(declined.Decline("Again", At.AddDays(3)));
        Assert.True(approved.Approve("SO-2", null, At.AddDays(3)).Errors.Count > 0);
        Assert.Equal(count, Recorded(declined).Count);
        Assert.Equal(2, Recorded(approved).Count);
    }

    [Fact]
    public void An_estimate_past_its_validity_reads_expired_and_cannot_be_approved_or_declined()
    {
        var estimate = Made();

        Assert.Equal(EstimateStatus.Open, estimate.StatusAt(ValidUntil.AddTicks(-1)));
        Assert.Equal(EstimateStatus.Expired, estimate.StatusAt(ValidUntil));
        Assert.Equal(DomainErrorCodes.EstimateExpired, Assert.Single(estimate.Approve("SO-1", null, ValidUntil).Errors).Code);
        Assert.Equal(DomainErrorCodes.EstimateExpired, estimate.Decline("Too dear", ValidUntil)!.Code);
    }

    [Fact]
    public void A_declined_estimate_keeps_its_reason_and_cannot_be_approved()
    {
        var estimate = Made();

        Assert.Null(estimate.Decline("  Found a cheaper workshop ", At.AddDays(1)));

        Assert.Equal((EstimateStatus.Declined, "Found a cheaper workshop"), (estimate.Status, estimate.DeclineReason));
        Assert.Equal(DomainErrorCodes.EstimateDeclined, Assert.Single(estimate.Approve("SO-1", null, At.AddDays(2)).Errors).Code);
    }

    [Fact]
    public void An_estimate_is_approved_once()
    {
        var estimate = Made();
        Assert.True(estimate.Approve("SO-1", null, At.AddDays(1)).Succeeded);

        Assert.Equal(DomainErrorCodes.EstimateAlreadyApproved, Assert.Single(estimate.Approve("SO-2", null, At.AddDays(2)).Errors).Code);
        Assert.Equal(DomainErrorCodes.EstimateAlreadyApproved, estimate.Decline("Changed my mind", At.AddDays(2))!.Code);
    }

    [Fact]
    public void Declining_needs_a_reason_and_an_estimate_needs_a_validity_after_it_is_made()
    {
        Assert.Equal(DomainErrorCodes.Validation, Made().Decline(" ", At)!.Code);
        Assert.Equal("validUntil", Assert.Single(Estimate.FromQuote("EST-2", Quote(), At, null).Errors).Field);
    }

    private static Estimate Made() => Estimate.FromQuote("EST-1", Quote(), ValidUntil, staffMemberId: 8).Value;

    private static Quote Quote() => new(
        4,
        1,
        "EUR",
        At,
        [
            new QuoteLine(QuoteLineKind.Product, 11, "REP", "Repair", 2, Eur(100m), Eur(10m), Eur(190m), "List price", 5),
            new QuoteLine(QuoteLineKind.AddOn, 21, "COURIER", "Courier", 1, Eur(25m), Eur(1.25m), Eur(23.75m), "Add-on price", null),
        ],
        Eur(225m),
        Eur(11.25m),
        Eur(213.75m));

    private static Money Eur(decimal amount) => new(amount, "EUR");

    private static IReadOnlyList<DomainEvent> Recorded(IAggregate aggregate) => aggregate.RecordedEvents;
}
