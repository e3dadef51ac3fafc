namespace CrmGraph.Domain.Orders;

/// <summary>A service order was placed, at the total charged.</summary>
public sealed record OrderPlaced(string Number, decimal Total, string Currency, int? StaffMemberId, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
