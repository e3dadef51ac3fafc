using System.Collections.Frozen;
using static CrmGraph.Domain.Complaints.ComplaintStatus;

namespace CrmGraph.Domain.Complaints;

/// <summary>
/// Every legal move of the complaint lifecycle, in one table; a move not listed here is refused.
/// </summary>
public static class ComplaintTransitions
{
    private static readonly FrozenDictionary<ComplaintStatus, FrozenSet<ComplaintStatus>> Allowed =
        new Dictionary<ComplaintStatus, ComplaintStatus[]>
        {
            [Received] = [Acknowledged, Escalated],
            [Acknowledged] = [InProgress, Escalated],
            [InProgress] = [Resolved, Escalated],
            [Escalated] = [InProgress, Resolved],
            [Resolved] = [Closed, Reopened],
            [Closed] = [Reopened],
            [Reopened] = [InProgress, Escalated, Resolved],
        }.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToFrozenSet());

    public static bool IsAllowed(ComplaintStatus from, ComplaintStatus to) => From(from).Contains(to);

    /// <summary>The statuses a complaint may move to from <paramref name="from"/>.</summary>
    public static IReadOnlySet<ComplaintStatus> From(ComplaintStatus from) =>
        Allowed.TryGetValue(from, out var targets) ? targets : FrozenSet<ComplaintStatus>.Empty;
}
