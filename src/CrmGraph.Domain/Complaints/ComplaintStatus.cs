namespace CrmGraph.Domain.Complaints;

public enum ComplaintStatus
{
    Received,
    Acknowledged,
    InProgress,
    Escalated,
    Resolved,
    Closed,
    Reopened,
}
