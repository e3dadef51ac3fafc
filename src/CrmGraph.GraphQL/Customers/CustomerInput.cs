using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

/// <summary>The fields of <c>createCustomer</c>'s input, as the client sent them.</summary>
public sealed class CustomerInput
{
    public string Name { get; set; } = string.Empty;

    public CustomerKind Kind { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public CustomerSegment Segment { get; set; }

    public string? AccountManagerId { get; set; }

    public string? PartnerId { get; set; }
}
