using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.History;
using CrmGraph.GraphQL.Orders;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class SurveySubjectInputType : InputObjectGraphType<SurveySubjectInput>
{
    public SurveySubjectInputType()
    {
        Name = "SurveySubjectInput";
        Description = "What the survey is about: exactly one of the customer's orders, complaints or interactions.";
        IsOneOf = true;
        Field<IdGraphType>("orderId").Description($"A {ServiceOrderType.TypeName} of the customer.");
        Field<IdGraphType>("complaintId").Description($"A {ComplaintType.TypeName} of the customer.");
        Field<IdGraphType>("interactionId").Description($"An {InteractionType.TypeName} of the customer.");
    }
}
