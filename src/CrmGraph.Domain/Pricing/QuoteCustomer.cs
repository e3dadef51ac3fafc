using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Pricing;

/// <summary>What pricing needs to know about the customer being quoted.</summary>
public sealed record QuoteCustomer(int Id, CustomerSegment Segment, LoyaltyTier Tier)
{
    public static QuoteCustomer From(Customer customer) => new(customer.Id, customer.Segment, customer.LoyaltyTier);
}
