using CrmGraph.Domain.Satisfaction;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class SubmitSurveyInputType : InputObjectGraphType<SubmitSurveyInput>
{
    public SubmitSurveyInputType()
    {
        Name = "SubmitSurveyInput";
        Description = "One customer's answers. Every score is on the survey's scale: 1 (very dissatisfied) up to its number of levels (very satisfied).";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<SurveySubjectInputType>>("about");
        Field<IdGraphType>("staffMemberId")
            .Description($"The {StaffMemberType.TypeName} whose work is rated; when omitted, the order's staff member, the complaint's assignee or the interaction's staff member.");
        Field<NonNullGraphType<EnumerationGraphType<FeedbackChannel>>>("channel").DefaultValue(FeedbackChannel.Questionnaire);
        Field<NonNullGraphType<EnumerationGraphType<SurveyScale>>>("scale");
        Field<NonNullGraphType<IntGraphType>>("overallScore");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionScoreInputType>>>>("dimensions")
            .DefaultValue(new List<DimensionScoreInput>())
            .Description("Scores for any of the five service-quality dimensions, each at most once.");
        Field<IntGraphType>("recommendScore").Description("How likely the customer is to recommend us, 0–10.");
        Field<StringGraphType>("comment").Description($"At most {SatisfactionSurvey.MaxCommentLength} characters.");
        Field<InstantGraphType>("respondedAt").Description("When the customer answered; now when omitted. Not in the future.");
    }
}
