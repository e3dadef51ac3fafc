using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class LoyaltyReversalTests
{
    private static readonly DateTimeOffset Joined = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Taking_back_a_cancelled_orders_points_lowers_the_balance_but_not_the_tier()
    {
        var customer = Customer(points: 0);
        var earned = customer.EarnLoyaltyPoints(new Money(850m, "EUR"), LoyaltyProgram.Default, null, Joined);
        Assert.Equal(LoyaltyTier.Gold, customer.LoyaltyTier);

        Assert.Equal(850, customer.TakeBackLoyaltyPoints(earned));

        Assert.Equal((0, LoyaltyTier.Gold), (customer.LoyaltyPoints, customer.LoyaltyTier));
    }

    [Fact]
    public void The_balance_never_drops_below_zero()
    {
        var customer = Customer(points: 40);

        Assert.Equal(40, customer.TakeBackLoyaltyPoints(100));
        Assert.Equal(0, customer.LoyaltyPoints);
        Assert.Equal(0, customer.TakeBackLoyaltyPoints(-5));
    }

    private static Customer Customer(int points)
    {
        var customer = Domain.Customers.Customer.Create(
            "C-7", new CustomerDetails("Harbour Dental", CustomerKind.Organization, new ContactDetails(null, null, null, null), CustomerSegment.Standard, null, null), Joined).Value;
        customer.SetStanding(CustomerStatus.Active, LoyaltyTier.Standard, points);
        return customer;
    }
}
