namespace CrmGraph.GraphQL.Staff;

/// <summary>
/// Orders the rows of <c>staffPerformance</c> in memory (they are one or a few teams, already aggregated): by
/// team and rank unless the <c>order</c> argument says otherwise; rows without a figure come after every row
/// with one, whichever the direction; name and id break what ties remain.
/// </summary>
internal static class StaffPerformanceOrdering
{
    private static readonly Sort<StaffPerformanceSortField>[] Default =
    [
        new() { Field = StaffPerformanceSortField.Team },
        new() { Field = StaffPerformanceSortField.Rank },
    ];

    public static IReadOnlyList<StaffPerformanceEntry> Apply(IReadOnlyList<StaffPerformanceEntry> entries, IReadOnlyList<Sort<StaffPerformanceSortField>>? order)
    {
        IOrderedEnumerable<StaffPerformanceEntry>? ordered = null;
        foreach (var sort in order is { Count: > 0 } ? order : Default)
        {
            ordered = sort.Field switch
            {
                // Names and teams sort ordinally, as the database sorts them in the other lists.
                StaffPerformanceSortField.Team => Then(ordered, entries, e => e.StaffMember.Team, StringComparer.Ordinal, sort.Direction),
                StaffPerformanceSortField.Name => Then(ordered, entries, e => e.StaffMember.Name, StringComparer.Ordinal, sort.Direction),
                _ => ThenByFigure(ordered, entries, Figure(sort.Field), sort.Direction),
            };
        }

        return [.. Then(ordered, entries, e => e.StaffMember.Name, StringComparer.Ordinal, SortDirection.Asc).ThenBy(e => e.StaffMember.Id)];
    }

    private static IOrderedEnumerable<StaffPerformanceEntry> ThenByFigure(
        IOrderedEnumerable<StaffPerformanceEntry>? ordered, IReadOnlyList<StaffPerformanceEntry> entries, Func<StaffPerformanceEntry, decimal?> figure, SortDirection direction)
    {
        var missingLast = Then(ordered, entries, e => figure(e) is null, Comparer<bool>.Default, SortDirection.Asc);
        return Then(missingLast, entries, figure, Comparer<decimal?>.Default, direction);
    }

    private static IOrderedEnumerable<StaffPerformanceEntry> Then<TKey>(
        IOrderedEnumerable<StaffPerformanceEntry>? ordered,
        IReadOnlyList<StaffPerformanceEntry> entries,
        Func<StaffPerformanceEntry, TKey> key,
        IComparer<TKey> comparer,
        SortDirection direction) =>
        (ordered, direction) switch
        {
            (null, SortDirection.Desc) => entries.OrderByDescending(key, comparer),
            (null, _) => entries.OrderBy(key, comparer),
            (_, SortDirection.Desc) => ordered.ThenByDescending(key, comparer),
            _ => ordered.ThenBy(key, comparer),
        };

    private static Func<StaffPerformanceEntry, decimal?> Figure(StaffPerformanceSortField field) => field switch
    {
        StaffPerformanceSortField.Rank => e => e.Figures.Rank,
        StaffPerformanceSortField.ComplaintsAssigned => e => e.Figures.ComplaintsAssigned,
        StaffPerformanceSortField.ComplaintsResolved => e => e.Figures.ComplaintsResolved,
        StaffPerformanceSortField.AverageFirstResponseHours => e => e.Figures.AverageFirstResponseHours,
        StaffPerformanceSortField.AverageResolutionHours => e => e.Figures.AverageResolutionHours,
        StaffPerformanceSortField.SlaCompliancePercent => e => e.Figures.SlaCompliancePercent,
        StaffPerformanceSortField.ReopenRatePercent => e => e.Figures.ReopenRatePercent,
        StaffPerformanceSortField.CsatPercent => e => e.Figures.Satisfaction.CsatPercent,
        StaffPerformanceSortField.AverageScore => e => e.Figures.Satisfaction.AverageScore,
        StaffPerformanceSortField.InteractionsHandled => e => e.Figures.InteractionsHandled,
        StaffPerformanceSortField.OrdersTaken => e => e.Figures.OrdersTaken,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a figure."),
    };
}
