namespace CrmGraph.Domain.Complaints;

public enum ComplaintEventKind
{
    Filed,
    Acknowledged,
    Assigned,
    WorkStarted,
    Escalated,
    Resolved,
    Closed,
    Reopened,
    NoteAdded,
    FirstResponseBreached,
    ResolutionBreached,
}
