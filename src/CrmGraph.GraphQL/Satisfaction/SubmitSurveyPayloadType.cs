using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class SubmitSurveyPayloadType : PayloadType<SatisfactionSurvey, SatisfactionSurveyType>
{
    public SubmitSurveyPayloadType()
        : base("SubmitSurveyPayload", "survey")
    {
    }
}
