using System.Linq.Expressions;
using CrmGraph.Application.Common;
using CrmGraph.Domain.Complaints;

namespace CrmGraph.Application.Complaints;

/// <summary>The complaint conditions lists and the SLA monitor ask for, as expressions that run in SQL.</summary>
public static class ComplaintConditions
{
    /// <summary>Not yet resolved or closed, as <see cref="Complaint.IsOpen"/>.</summary>
    public static readonly Expression<Func<Complaint, bool>> Open =
        c => c.Status != ComplaintStatus.Resolved && c.Status != ComplaintStatus.Closed;

    /// <summary>Either promise broken.</summary>
    public static readonly Expression<Func<Complaint, bool>> Breached =
        c => c.FirstResponseBreached == true || c.ResolutionBreached == true;

    /// <summary>Open, and the first response (if none was given yet) or the resolution is due before <paramref name="now"/>.</summary>
    public static Expression<Func<Complaint, bool>> Overdue(DateTimeOffset now) =>
        Open.And(c => (c.AcknowledgedAt == null && c.FirstResponseDueAt < now) || c.ResolutionDueAt < now);

    /// <summary>Open, with a promise still undecided although its due time passed before <paramref name="now"/>: what <see cref="Complaint.DetectBreaches"/> would mark.</summary>
    public static Expression<Func<Complaint, bool>> BreachUndetected(DateTimeOffset now) =>
        Open.And(c => (c.FirstResponseBreached == null && c.FirstResponseDueAt < now) || (c.ResolutionBreached == null && c.ResolutionDueAt < now));
}
