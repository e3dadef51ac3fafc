namespace CrmGraph.Domain.Satisfaction;

public enum SurveySubjectKind
{
    ServiceOrder,
    Complaint,
    Interaction,
}
