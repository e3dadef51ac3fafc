using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.Domain.Staff;

/// <summary>
/// One staff member's performance in a period. Ratios and averages are rounded to two places and are null
/// when there was nothing to divide by; <see cref="Rank"/> is their place within their team.
/// </summary>
public sealed record StaffPerformanceFigures(
    int ComplaintsAssigned,
    int ComplaintsResolved,
    decimal? AverageFirstResponseHours,
    decimal? AverageResolutionHours,
    decimal? SlaCompliancePercent,
    decimal? ReopenRatePercent,
    SatisfactionSummary Satisfaction,
    int InteractionsHandled,
    int OrdersTaken,
    IReadOnlyList<Money> Revenue)
{
    private const decimal SecondsPerHour = 3600m;

    /// <summary>1 for the best of the team; members who tie share a rank (1, 1, 3). See <see cref="StaffRanking"/>.</summary>
    public int Rank { get; init; }

    public static StaffPerformanceFigures From(StaffWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var complaints = work.Complaints;
        return new StaffPerformanceFigures(
            complaints.Assigned,
            complaints.Resolutions,
            Ratios.Average(complaints.FirstResponseSeconds / SecondsPerHour, complaints.FirstResponses),
            Ratios.Average(complaints.ResolutionSeconds / SecondsPerHour, complaints.Resolutions),
            Ratios.Percent(complaints.PromisesKept, complaints.PromisesDecided),
            Ratios.Percent(complaints.ReopenedResolutions, complaints.Resolutions),
            SatisfactionSummary.Of([.. work.Surveys]),
            work.Interactions,
            work.Orders,
            [.. work.Revenue.OrderBy(m => m.Currency, StringComparer.Ordinal)]);
    }
}
