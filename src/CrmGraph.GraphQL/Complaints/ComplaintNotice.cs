using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>What live subscribers hear about a complaint: which one, whose, what happened and when.</summary>
public sealed record ComplaintNotice(int ComplaintId, int CustomerId, ComplaintNoticeKind Kind, ComplaintSeverity Severity, DateTimeOffset At);
