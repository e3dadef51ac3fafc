using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Orders;
using CrmGraph.GraphQL.Satisfaction;

namespace CrmGraph.GraphQL.History;

public sealed class TimelineSubjectType : UnionGraphType
{
    public TimelineSubjectType()
    {
        Name = "TimelineSubject";
        Description = "The record behind a timeline entry.";
        Type<InteractionType>();
        Type<ServiceOrderType>();
        Type<ServiceOrderEventType>();
        Type<EstimateType>();
        Type<ComplaintType>();
        Type<ComplaintEventType>();
        Type<SatisfactionSurveyType>();
        Type<CustomerEventType>();
    }
}
