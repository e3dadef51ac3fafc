namespace CrmGraph.Domain.Customers;

/// <summary>A customer was added, as a prospect.</summary>
public sealed record CustomerCreated(CustomerKind Kind, CustomerSegment Segment, int? PartnerId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
