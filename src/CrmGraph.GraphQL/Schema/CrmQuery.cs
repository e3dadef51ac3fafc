using CrmGraph.GraphQL.Administration;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Churn;
using CrmGraph.GraphQL.ComplaintAnalysis;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Pricing;
using CrmGraph.GraphQL.Retention;
using CrmGraph.GraphQL.Satisfaction;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Schema;

/// <summary>The root query: each feature adds its own fields.</summary>
public sealed class CrmQuery : ObjectGraphType
{
    public CrmQuery()
    {
        Name = "Query";
        this.AuthorizeWithPolicy(CrmPolicies.Read);
        NodeQueries.AddTo(this);
        CustomerQueries.AddTo(this);
        ChurnQueries.AddTo(this);
        ComplaintQueries.AddTo(this);
        PartnerQueries.AddTo(this);
        ScorecardQueries.AddTo(this);
        StaffQueries.AddTo(this);
        StaffPerformanceQueries.AddTo(this);
        CatalogQueries.AddTo(this);
        PricingQueries.AddTo(this);
        SatisfactionQueries.AddTo(this);
        RetentionQueries.AddTo(this);
        ComplaintAnalysisQueries.AddTo(this);

        AdministrationQueries.AddTo(this);
    }
}
