namespace CrmGraph.GraphQL.Complaints;

public sealed class ComplaintSortInputType() : SortInputType<ComplaintSortField>("ComplaintSort");
