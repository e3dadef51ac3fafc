using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

/// <summary>Turns the counted work of whole teams into each member's figures, ranked within their team.</summary>
internal static class StaffPerformanceReport
{
    /// <summary>
    /// Every member of <paramref name="roster"/> with their figures. The roster must select whole teams, since a
    /// rank is a place within a team; it is read once, then reused as a subquery by the grouped statements.
    /// </summary>
    public static async Task<IReadOnlyList<StaffPerformanceEntry>> OfTeamsAsync(
        CrmDbContext db, IQueryable<StaffMember> roster, Period period, CancellationToken cancellationToken)
    {
        var members = await roster.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        if (members.Count == 0)
        {
            return [];
        }

        var work = await StaffWorkQuery.ByStaffAsync(db, roster.Select(s => s.Id), period, cancellationToken).ConfigureAwait(false);
        var entries = new List<StaffPerformanceEntry>(members.Count);
        foreach (var team in members.GroupBy(m => m.Team, StringComparer.Ordinal))
        {
            var unranked = team.Select(m => StaffPerformanceFigures.From(work.GetValueOrDefault(m.Id, StaffWork.None))).ToList();
            var ranks = StaffRanking.RanksOf(unranked);
            entries.AddRange(team.Select((member, i) => new StaffPerformanceEntry(member, unranked[i] with { Rank = ranks[i] })));
        }

        return entries;
    }

    /// <summary>Every member of the teams the staff members <paramref name="staffIds"/> belong to.</summary>
    public static IQueryable<StaffMember> TeamsOf(CrmDbContext db, IReadOnlyCollection<int> staffIds)
    {
        var ids = staffIds.ToList();
        return db.StaffMembers.Where(s => db.StaffMembers.Where(m => ids.Contains(m.Id)).Select(m => m.Team).Contains(s.Team));
    }
}
