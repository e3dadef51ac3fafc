using CrmGraph.GraphQL.AspNetCore.Introspection;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.History;
using CrmGraph.GraphQL.Orders;
using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Pricing;
using CrmGraph.GraphQL.Satisfaction;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Schema;

public sealed class CrmSchema : SpecificationSchema
{
    public CrmSchema(IServiceProvider services)
        : base(services)
    {
        Description = "CrmGraph: customers, their relationship history, the service catalogue, pricing and staff, as one graph.";
        Query = new CrmQuery();
        Mutation = new CrmMutation();
        Subscription = new CrmSubscription();
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(InstantGraphType));

        // Types reached only through interfaces or unions must be registered to appear in the schema.
        RegisterType(typeof(CustomerType));
        RegisterType(typeof(PartnerType));
        RegisterType(typeof(StaffMemberType));
        RegisterType(typeof(InteractionType));
        RegisterType(typeof(ServiceProductType));
        RegisterType(typeof(AddOnServiceType));
        RegisterType(typeof(PriceListType));
        RegisterType(typeof(PriceType));
        RegisterType(typeof(ServiceOrderType));
        RegisterType(typeof(ServiceOrderEventType));
        RegisterType(typeof(EstimateType));
        RegisterType(typeof(ComplaintType));
        RegisterType(typeof(ComplaintEventType));
        RegisterType(typeof(CustomerEventType));
        RegisterType(typeof(SatisfactionSurveyType));
        foreach (var errorType in UserErrorType.All())
        {
            RegisterType(errorType);
        }
    }
}
