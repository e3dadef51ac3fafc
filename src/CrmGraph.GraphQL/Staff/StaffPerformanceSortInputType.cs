namespace CrmGraph.GraphQL.Staff;

public sealed class StaffPerformanceSortInputType() : SortInputType<StaffPerformanceSortField>("StaffPerformanceSort");
