namespace CrmGraph.Domain.Orders;

/// <summary>The work of a service order was done: what surveys and follow-ups hang on.</summary>
public sealed record OrderCompleted(string Number, int? StaffMemberId, DateTimeOffset CompletedAt, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
