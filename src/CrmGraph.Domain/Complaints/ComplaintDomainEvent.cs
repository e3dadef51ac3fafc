namespace CrmGraph.Domain.Complaints;

/// <summary>What every complaint event says: the severity, so that feeds can filter without reading the complaint.</summary>
public abstract record ComplaintDomainEvent(ComplaintSeverity Severity, DateTimeOffset OccurredAt) : DomainEvent(OccurredAt);
