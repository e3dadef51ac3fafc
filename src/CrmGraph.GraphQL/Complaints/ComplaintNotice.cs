using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>
/// What live subscribers hear about a complaint: which one, whose (the customer and its partner, so that a
/// partner's subscriptions pass on only its own), what happened and when.
/// </summary>
public sealed record ComplaintNotice(int ComplaintId, int CustomerId, int? PartnerId, ComplaintNoticeKind Kind, ComplaintSeverity Severity, DateTimeOffset At);
