namespace CrmGraph.Domain.History;

public enum InteractionOutcome
{
    Completed,
    FollowUpNeeded,
    NoContact,
    Escalated,
}
