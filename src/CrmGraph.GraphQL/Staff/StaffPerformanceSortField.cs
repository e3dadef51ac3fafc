namespace CrmGraph.GraphQL.Staff;

public enum StaffPerformanceSortField
{
    Team,
    Name,
    Rank,
    ComplaintsAssigned,
    ComplaintsResolved,
    AverageFirstResponseHours,
    AverageResolutionHours,
    SlaCompliancePercent,
    ReopenRatePercent,
    CsatPercent,
    AverageScore,
    InteractionsHandled,
    OrdersTaken,
}
