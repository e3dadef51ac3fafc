using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

/// <summary>One row of <c>staffPerformance</c>: a staff member and their figures.</summary>
public sealed record StaffPerformanceEntry(StaffMember StaffMember, StaffPerformanceFigures Figures);
