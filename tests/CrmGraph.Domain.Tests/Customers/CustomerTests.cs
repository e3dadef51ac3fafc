using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class CustomerTests
{
    private static readonly DateTimeOffset Joined = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_customer_is_a_standard_prospect_whose_last_activity_is_its_creation()
    {
        var customer = Customer.Create(" C-7 ", Details(), Joined).Value;

        Assert.Equal("C-7", customer.Code);
        Assert.Equal(CustomerStatus.Prospect, customer.Status);
        Assert.Equal(LoyaltyTier.Standard, customer.LoyaltyTier);
        Assert.Equal(Joined, customer.LastActivityAt);
    }

    [Fact]
    public void Every_broken_rule_is_reported_with_its_field()
    {
        var details = Details() with
        {
            Name = " ",
            Contact = new ContactDetails("no-at-sign", new string('1', Customer.MaxPhoneLength + 1), new string('x', Customer.MaxPlaceLength + 1), null),
        };

        var outcome = Customer.Create("", details, Joined);

        Assert.False(outcome.Succeeded);
        Assert.Equal(["name", "email", "phone", "city", "code"], outcome.Errors.Select(e => e.Field));
        Assert.All(outcome.Errors, e => Assert.Equal(DomainErrorCodes.Validation, e.Code));
    }

    [Theory]
    [InlineData("a@b.example", true)]
    [InlineData("first.last@sub.example.org", true)]
    [InlineData("a@b", false)]
    [InlineData("@b.example", false)]
    [InlineData("a@@b.example", false)]
    [InlineData("a@b.example.", false)]
    public void Emails_must_look_like_addresses(string email, bool valid) =>
        Assert.Equal(valid, Customer.Create("C-1", Details() with { Contact = new ContactDetails(email, null, null, null) }, Joined).Succeeded);

    [Fact]
    public void A_failed_update_changes_nothing()
    {
        var customer = Customer.Create("C-1", Details(), Joined).Value;

        var errors = customer.Update(Details() with { Name = "", Segment = CustomerSegment.PriceSensitive }, DateTimeOffset.UtcNow);

        Assert.Single(errors);
        Assert.Equal("Harbor Dental", customer.Name);
        Assert.Equal(CustomerSegment.Standard, customer.Segment);
    }

    [Fact]
    public void Last_activity_only_moves_forward()
    {
        var customer = Customer.Create("C-1", Details(), Joined).Value;

        customer.RecordActivity(Joined.AddDays(5));
        customer.RecordActivity(Joined.AddDays(2));

        Assert.Equal(Joined.AddDays(5), customer.LastActivityAt);
    }

    [Theory]
    [InlineData(CustomerStatus.Prospect, CustomerStatus.Active)]
    [InlineData(CustomerStatus.AtRisk, CustomerStatus.Active)]
    [InlineData(CustomerStatus.Churned, CustomerStatus.WonBack)]
    [InlineData(CustomerStatus.Active, CustomerStatus.Active)]
    [InlineData(CustomerStatus.WonBack, CustomerStatus.WonBack)]
    public void A_purchase_moves_the_lifecycle_on(CustomerStatus before, CustomerStatus after)
    {
        var customer = Customer.Create("C-1", Details(), Joined).Value;
        customer.SetStanding(before, LoyaltyTier.Silver, 400);

        customer.RecordPurchase(Joined.AddDays(1));

        Assert.Equal(after, customer.Status);
        Assert.Equal(Joined.AddDays(1), customer.LastActivityAt);
    }

    private static CustomerDetails Details() =>
        new("Harbor Dental", CustomerKind.Organization, new ContactDetails("desk@harbor.example", null, "Hamburg", "Germany"), CustomerSegment.Standard, null, null);
}
