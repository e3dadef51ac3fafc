using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Customers;

/// <summary>Churn, win-back and loyalty: the changes of standing that appear on the relationship history.</summary>
public sealed class CustomerStandingTests
{
    private static readonly DateTimeOffset Joined = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Marking_an_active_customer_churned_records_cause_time_and_an_event()
    {
        var customer = Customer(CustomerStatus.Active);

        var error = customer.MarkChurned(ChurnCause.Competitor, "  Moved to a cheaper rival. ", 7, Joined.AddDays(30));

        Assert.Null(error);
        Assert.Equal(CustomerStatus.Churned, customer.Status);
        Assert.Equal(ChurnCause.Competitor, customer.ChurnCause);
        Assert.Equal(Joined.AddDays(30), customer.ChurnedAt);
        var churned = Assert.Single(customer.Events);
        Assert.Equal(
            (CustomerEventKind.Churned, CustomerStatus.Active, CustomerStatus.Churned, ChurnCause.Competitor, 7, "Moved to a cheaper rival."),
            (churned.Kind, churned.FromStatus, churned.ToStatus, churned.ChurnCause, churned.ActorStaffId, churned.Note));
    }

    [Theory]
    [InlineData(CustomerStatus.Churned)]
    [InlineData(CustomerStatus.Prospect)]
    public void A_churned_customer_or_a_prospect_cannot_be_marked_churned(CustomerStatus status)
    {
        var customer = Customer(status);

        var error = customer.MarkChurned(ChurnCause.Service, null, null, Joined.AddDays(3));

        Assert.Equal(DomainErrorCodes.InvalidTransition, error?.Code);
        Assert.Equal(status, customer.Status);
        Assert.Empty(customer.Events);
    }

    [Fact]
    public void An_overlong_churn_note_is_refused()
    {
        var customer = Customer(CustomerStatus.AtRisk);

        var error = customer.MarkChurned(ChurnCause.Other, new string('x', Domain.Customers.Customer.MaxChurnNoteLength + 1), null, Joined.AddDays(3));

        Assert.Equal("note", error?.Field);
        Assert.Equal(CustomerStatus.AtRisk, customer.Status);
    }

    [Fact]
    public void A_churned_customer_who_buys_again_is_won_back_with_an_event()
    {
        var customer = Customer(CustomerStatus.WonBack);
        customer.MarkChurned(ChurnCause.Staff, null, null, Joined.AddDays(10));

        customer.RecordPurchase(Joined.AddDays(40), 3);

        Assert.Equal(CustomerStatus.WonBack, customer.Status);
        var wonBack = customer.Events.Last();
        Assert.Equal(
            (CustomerEventKind.WonBack, CustomerStatus.Churned, CustomerStatus.WonBack, ChurnCause.Staff, 3, Joined.AddDays(40)),
            (wonBack.Kind, wonBack.FromStatus, wonBack.ToStatus, wonBack.ChurnCause, wonBack.ActorStaffId, wonBack.At));
    }

    [Fact]
    public void Other_purchases_record_no_event()
    {
        var customer = Customer(CustomerStatus.Prospect);

        customer.RecordPurchase(Joined.AddDays(1));
        customer.RecordPurchase(Joined.AddDays(2));

        Assert.Equal(CustomerStatus.Active, customer.Status);
        Assert.Empty(customer.Events);
    }

    [Fact]
    public void Points_that_cross_tiers_move_the_customer_up_once_with_an_event()
    {
        var customer = Customer(CustomerStatus.Active);
        customer.SetStanding(CustomerStatus.Active, LoyaltyTier.Standard, 250);

        var earned = customer.EarnLoyaltyPoints(new Money(612.40m, "EUR"), LoyaltyProgram.Default, 5, Joined.AddDays(9));

        Assert.Equal(612, earned);
        Assert.Equal(862, customer.LoyaltyPoints);
        Assert.Equal(LoyaltyTier.Gold, customer.LoyaltyTier);
        var change = Assert.Single(customer.Events);
        Assert.Equal(
            (CustomerEventKind.TierChanged, LoyaltyTier.Standard, LoyaltyTier.Gold, 862, 5),
            (change.Kind, change.FromTier, change.ToTier, change.LoyaltyPoints, change.ActorStaffId));
    }

    [Fact]
    public void Points_within_the_tier_or_below_a_tier_held_change_no_tier()
    {
        var vip = Customer(CustomerStatus.Active);
        vip.SetStanding(CustomerStatus.Active, LoyaltyTier.Vip, 100);

        vip.EarnLoyaltyPoints(new Money(50m, "EUR"), LoyaltyProgram.Default, null, Joined.AddDays(2));

        Assert.Equal(150, vip.LoyaltyPoints);
        Assert.Equal(LoyaltyTier.Vip, vip.LoyaltyTier);
        Assert.Empty(vip.Events);
    }

    [Fact]
    public void Imported_standing_keeps_when_and_why_the_customer_left()
    {
        var customer = Customer(CustomerStatus.Active);

        customer.SetStanding(CustomerStatus.Churned, LoyaltyTier.Gold, 900, (ChurnCause.Image, Joined.AddDays(20)));

        Assert.Equal((ChurnCause.Image, Joined.AddDays(20)), (customer.ChurnCause!.Value, customer.ChurnedAt!.Value));
    }

    private static Customer Customer(CustomerStatus status)
    {
        var customer = Domain.Customers.Customer.Create(
            "C-9", new CustomerDetails("Lakeside Clinic", CustomerKind.Organization, new ContactDetails(null, null, null, null), CustomerSegment.Standard, null, null), Joined).Value;
        customer.SetStanding(status, LoyaltyTier.Standard, 0);
        return customer;
    }
}
