namespace CrmGraph.Domain.History;

public enum InteractionKind
{
    Inquiry,
    Repair,
    Maintenance,
    FollowUp,
    WinBackCall,
    SurveyInvite,
    Sale,
}
