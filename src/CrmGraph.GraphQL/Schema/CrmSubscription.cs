using CrmGraph.GraphQL.Complaints;

namespace CrmGraph.GraphQL.Schema;

/// <summary>The root subscription: live feeds, over WebSocket (graphql-transport-ws).</summary>
public sealed class CrmSubscription : ObjectGraphType
{
    public CrmSubscription()
    {
        Name = "Subscription";
        this.AuthorizeWithPolicy(CrmPolicies.SubscribeComplaints);
        ComplaintSubscriptions.AddTo(this);
    }
}
