namespace CrmGraph.Domain.Complaints;

/// <summary>The SLA monitor found promised times passed with nothing done (first response, resolution, or both).</summary>
public sealed record ComplaintSlaBreached(IReadOnlyList<ComplaintEventKind> Breaches, ComplaintSeverity Severity, DateTimeOffset OccurredAt)
    : ComplaintDomainEvent(Severity, OccurredAt);
