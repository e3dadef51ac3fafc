using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

/// <summary>The <c>where</c> argument of <c>customers</c>; every given condition must hold.</summary>
public sealed class CustomerFilter
{
    public string? Search { get; set; }

    public List<CustomerStatus>? Status { get; set; }

    public List<CustomerSegment>? Segment { get; set; }

    public List<LoyaltyTier>? LoyaltyTier { get; set; }

    public string? PartnerId { get; set; }

    public string? AccountManagerId { get; set; }
}
