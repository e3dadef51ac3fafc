using CrmGraph.GraphQL.Administration;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Churn;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.History;
using CrmGraph.GraphQL.Imports;
using CrmGraph.GraphQL.Orders;
using CrmGraph.GraphQL.Pricing;
using CrmGraph.GraphQL.Satisfaction;

namespace CrmGraph.GraphQL.Schema;

/// <summary>The root mutation: each feature adds its own fields.</summary>
public sealed class CrmMutation : ObjectGraphType
{
    public CrmMutation()
    {
        Name = "Mutation";
        this.AuthorizeWithPolicy(CrmPolicies.Write);
        CustomerMutations.AddTo(this);
        ChurnMutations.AddTo(this);
        InteractionMutations.AddTo(this);
        OrderMutations.AddTo(this);
        EstimateMutations.AddTo(this);
        OrderLifecycleMutations.AddTo(this);
        CatalogMutations.AddTo(this);
        PricingMutations.AddTo(this);
        ComplaintMutations.AddTo(this);
        SurveyMutations.AddTo(this);
        CustomerImportMutations.AddTo(this);
        AdministrationMutations.AddTo(this);
    }
}
