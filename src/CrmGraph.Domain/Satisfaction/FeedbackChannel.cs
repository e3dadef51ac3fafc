namespace CrmGraph.Domain.Satisfaction;

/// <summary>Where a piece of satisfaction feedback was gathered.</summary>
public enum FeedbackChannel
{
    Complaint,
    DirectContact,
    Questionnaire,
    CommissionedStudy,
    FocusGroup,
    ConsumerOrganisation,
    Media,
    IndustryResearch,
}
