namespace CrmGraph.GraphQL.Complaints;

public enum ComplaintSortField
{
    ReceivedAt,
    FirstResponseDueAt,
    ResolutionDueAt,
}
