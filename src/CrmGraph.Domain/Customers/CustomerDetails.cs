namespace CrmGraph.Domain.Customers;

/// <summary>The editable facts of a customer, validated together by <see cref="Customer"/>.</summary>
public sealed record CustomerDetails(
    string Name,
    CustomerKind Kind,
    ContactDetails Contact,
    CustomerSegment Segment,
    int? AccountManagerId,
    int? PartnerId);
