using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Satisfaction;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.History;
using CrmGraph.GraphQL.Orders;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class SatisfactionSurveyType : NodeGraphType<SatisfactionSurvey>
{
    public const string TypeName = "SatisfactionSurvey";

    public static readonly ChildListQuery<SatisfactionSurvey> ByCustomer = ChildLists.NewestFirst<SatisfactionSurvey>(s => s.CustomerId, s => s.RespondedAt, s => s.Id);

    public SatisfactionSurveyType()
        : base(TypeName, s => s.Id, "One survey response: perceived service against expected service.")
    {
        Field<NonNullGraphType<EnumerationGraphType<SurveySubjectKind>>>("subjectKind").Resolve(ctx => ctx.Source.SubjectKind);
        Field<NonNullGraphType<EnumerationGraphType<FeedbackChannel>>>("channel").Resolve(ctx => ctx.Source.Channel);
        Field<NonNullGraphType<IntGraphType>>("scaleLevels").Description("5 or 7: the answer scale stored with the response.").Resolve(ctx => (int)ctx.Source.Scale);
        Field(s => s.OverallScore).Description("1 (very dissatisfied) up to the number of scale levels (very satisfied).");
        Field(s => s.RecommendScore, nullable: true).Description("Likelihood to recommend, 0–10.");
        Field(s => s.Comment, nullable: true);
        Field<NonNullGraphType<InstantGraphType>>("respondedAt").Resolve(ctx => ctx.Source.RespondedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionScoreType>>>>("dimensions")
            .Description("Perception (and expectation) per service-quality dimension answered.")
            .Resolve(ctx => DimensionScores.Of(ctx.Source));
        Field<NonNullGraphType<CustomerType>>("customer").Resolve(ctx => ctx.LoadById<Customer>(ctx.Source.CustomerId));
        Field<StaffMemberType>("staffMember").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.StaffMemberId));
        Field<ServiceOrderType>("order").Resolve(ctx => ctx.LoadById<ServiceOrder>(ctx.Source.ServiceOrderId));
        Field<ComplaintType>("complaint").Resolve(ctx => ctx.LoadById<Complaint>(ctx.Source.ComplaintId));
        Field<InteractionType>("interaction").Resolve(ctx => ctx.LoadById<Interaction>(ctx.Source.InteractionId));
    }
}
