namespace CrmGraph.Domain.Staff;

/// <summary>
/// Places the members of a team: higher CSAT first (members without survey responses after every member
/// with some), then more complaints resolved. Members equal on both share a rank, and the next rank skips
/// as many places as shared it (1, 1, 3).
/// </summary>
public static class StaffRanking
{
    /// <summary>The rank of each of <paramref name="team"/>, in the same order.</summary>
    public static IReadOnlyList<int> RanksOf(IReadOnlyList<StaffPerformanceFigures> team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.Select(member => 1 + team.Count(other => Compare(other, member) < 0)).ToList();
    }

    /// <summary>Negative when <paramref name="x"/> places ahead of <paramref name="y"/>, zero when they tie.</summary>
    public static int Compare(StaffPerformanceFigures x, StaffPerformanceFigures y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var csat = (x.Satisfaction.CsatPercent, y.Satisfaction.CsatPercent) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => b.Value.CompareTo(a.Value),
        };
        return csat != 0 ? csat : y.ComplaintsResolved.CompareTo(x.ComplaintsResolved);
    }
}
