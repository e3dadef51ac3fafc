using CrmGraph.Domain.Complaints;

namespace CrmGraph.Application.Complaints;

/// <summary>
/// What live subscribers hear about a complaint: the event it announces (by id, to pass each on once), which
/// complaint, whose (the customer and its partner, so that a partner's subscriptions pass on only its own), what
/// happened and when.
/// </summary>
public sealed record ComplaintNotice(Guid EventId, int ComplaintId, int CustomerId, int? PartnerId, ComplaintNoticeKind Kind, ComplaintSeverity Severity, DateTimeOffset At);
