using CrmGraph.Data.Functions;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

/// <summary>
/// Complaint work per assignee for a period, in two grouped statements however many staff members
/// <c>staffIds</c> selects: one over the complaints themselves, one over the resolutions in their trails.
/// Staff members with nothing to count are left out.
/// </summary>
internal static class ComplaintWorkQuery
{
    public static async Task<IReadOnlyDictionary<int, ComplaintWork>> ByAssigneeAsync(
        CrmDbContext db, IQueryable<int> staffIds, Period period, CancellationToken cancellationToken)
    {
        var complaints = await Complaints(db, staffIds, period).ToDictionaryAsync(r => r.StaffId, cancellationToken).ConfigureAwait(false);
        var resolutions = await Resolutions(db, staffIds, period).ToDictionaryAsync(r => r.StaffId, cancellationToken).ConfigureAwait(false);
        return complaints.Keys.Union(resolutions.Keys).ToDictionary(id => id, id =>
        {
            var c = complaints.GetValueOrDefault(id) ?? new ComplaintRow(id, 0, 0, 0, 0, 0);
            var r = resolutions.GetValueOrDefault(id) ?? new ResolutionRow(id, 0, 0, 0);
            return new ComplaintWork(c.Assigned, c.FirstResponses, c.FirstResponseSeconds, r.Resolutions, r.ResolutionSeconds, r.Reopened, c.PromisesDecided, c.PromisesKept);
        });
    }

    /// <summary>
    /// Per assignee: complaints received in the period, first answers given in it with their waiting time, and
    /// of the complaints received in it, those with a promise decided and those with none broken.
    /// </summary>
    public static IQueryable<ComplaintRow> Complaints(CrmDbContext db, IQueryable<int> staffIds, Period period)
    {
        var (start, end) = (period.From, period.To);
        return db.Complaints.AsNoTracking()
            .Where(c => c.AssigneeId != null && staffIds.Contains(c.AssigneeId.Value))
            .Where(c => (c.ReceivedAt >= start && c.ReceivedAt < end) || (c.AcknowledgedAt >= start && c.AcknowledgedAt < end))
            .GroupBy(c => c.AssigneeId!.Value)
            .Select(g => new ComplaintRow(
                g.Key,
                g.Count(c => c.ReceivedAt >= start && c.ReceivedAt < end),
                g.Count(c => c.AcknowledgedAt >= start && c.AcknowledgedAt < end),
                g.Sum(c => c.AcknowledgedAt >= start && c.AcknowledgedAt < end
                    ? CrmDbFunctions.SecondsBetween(c.ReceivedAt, c.AcknowledgedAt!.Value)
                    : 0L),
                g.Count(c => c.ReceivedAt >= start && c.ReceivedAt < end
                    && (c.FirstResponseBreached != null || c.ResolutionBreached != null)),
                g.Count(c => c.ReceivedAt >= start && c.ReceivedAt < end
                    && (c.FirstResponseBreached != null || c.ResolutionBreached != null)
                    && c.FirstResponseBreached != true && c.ResolutionBreached != true)));
    }

    /// <summary>
    /// Per assignee: resolutions recorded in the period, received-to-resolved time summed, and how many of them
    /// a later reopen undid. A reopen clears the complaint's resolution time and a resolution sets it, so a
    /// resolution still standing is the one at the complaint's resolution time; every other was undone.
    /// </summary>
    public static IQueryable<ResolutionRow> Resolutions(CrmDbContext db, IQueryable<int> staffIds, Period period)
    {
        var (start, end) = (period.From, period.To);
        return (from e in db.ComplaintEvents.AsNoTracking()
                where e.Kind == ComplaintEventKind.Resolved && e.At >= start && e.At < end
                join c in db.Complaints.AsNoTracking() on e.ComplaintId equals c.Id
                where c.AssigneeId != null && staffIds.Contains(c.AssigneeId.Value)
                select new { StaffId = c.AssigneeId!.Value, c.ReceivedAt, ResolvedAt = e.At, Standing = c.ResolvedAt })
            .GroupBy(x => x.StaffId)
            .Select(g => new ResolutionRow(
                g.Key,
                g.Count(),
                g.Sum(x => CrmDbFunctions.SecondsBetween(x.ReceivedAt, x.ResolvedAt)),
                g.Count(x => x.Standing != x.ResolvedAt)));
    }

    internal sealed record ComplaintRow(int StaffId, int Assigned, int FirstResponses, long FirstResponseSeconds, int PromisesDecided, int PromisesKept);

    internal sealed record ResolutionRow(int StaffId, int Resolutions, long ResolutionSeconds, int Reopened);
}
