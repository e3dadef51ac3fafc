using CrmGraph.Data;
using CrmGraph.Domain.History;
using CrmGraph.GraphQL.History;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Baseline;

/// <summary>The most recently active customer's last 20 timeline entries with their summaries: the reads of the GraphQL timeline.</summary>
internal static class CustomerTimeline
{
    // Which customer is busiest is asked on every request; compiled once, it skips query translation.
    private static readonly Func<CrmDbContext, CancellationToken, Task<int>> BusiestCustomer =
        EF.CompileAsyncQuery((CrmDbContext db, CancellationToken _) => db.Customers.OrderByDescending(c => c.LastActivityAt).ThenByDescending(c => c.Id).Select(c => c.Id).First());

    public static async Task<IResult> ReadAsync(CrmDbContext db, int first, CancellationToken cancellationToken)
    {
        var customerId = await BusiestCustomer(db, cancellationToken);
        var history = TimelineQuery.All(db).Where(r => r.CustomerId == customerId);
        var rows = await history.OrderByDescending(r => r.At).ThenByDescending(r => r.KindValue).ThenByDescending(r => r.SourceId)
            .Take(first).ToListAsync(cancellationToken);
        var total = await history.CountAsync(cancellationToken);
        var subjects = await SubjectsAsync(db, rows, cancellationToken);
        var staffIds = subjects.Values.Select(TimelineSummary.StaffOf).OfType<int>().Distinct().ToList();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        var edges = rows.Select(r =>
        {
            var subject = subjects[(r.Kind, r.SourceId)];
            return new
            {
                node = new
                {
                    kind = r.Kind.ToString(),
                    at = r.At,
                    summary = TimelineSummary.Of(subject),
                    channel = TimelineSummary.ChannelOf(subject)?.ToString(),
                    staffMember = TimelineSummary.StaffOf(subject) is { } s ? new { name = staff[s] } : null,
                },
            };
        });
        return Results.Json(new { data = new { customers = new { edges = new[] { new { node = new { timeline = new { totalCount = total, edges } } } } } } });
    }

    /// <summary>The rows' subjects, one statement per kind, as the GraphQL data loaders fetch them.</summary>
    private static async Task<Dictionary<(TimelineEntryKind, long), object>> SubjectsAsync(CrmDbContext db, List<TimelineRow> rows, CancellationToken cancellationToken)
    {
        List<int> Ids(TimelineEntryKind kind) => rows.Where(r => r.Kind == kind).Select(r => (int)r.SourceId).ToList();
        var eventIds = rows.Where(r => r.Kind == TimelineEntryKind.ComplaintEvent).Select(r => r.SourceId).ToList();
        var interactionIds = Ids(TimelineEntryKind.Interaction);
        var orderIds = Ids(TimelineEntryKind.ServiceOrder);
        var complaintIds = Ids(TimelineEntryKind.Complaint);
        var surveyIds = Ids(TimelineEntryKind.Survey);

        var subjects = new Dictionary<(TimelineEntryKind, long), object>();
        foreach (var i in await db.Interactions.AsNoTracking().Where(x => interactionIds.Contains(x.Id)).ToListAsync(cancellationToken))
        {
            subjects[(TimelineEntryKind.Interaction, i.Id)] = i;
        }

        foreach (var o in await db.ServiceOrders.AsNoTracking().Where(x => orderIds.Contains(x.Id)).ToListAsync(cancellationToken))
        {
            subjects[(TimelineEntryKind.ServiceOrder, o.Id)] = o;
        }

        foreach (var c in await db.Complaints.AsNoTracking().Where(x => complaintIds.Contains(x.Id)).ToListAsync(cancellationToken))
        {
            subjects[(TimelineEntryKind.Complaint, c.Id)] = c;
        }

        foreach (var e in await db.ComplaintEvents.AsNoTracking().Where(x => eventIds.Contains(x.Id)).ToListAsync(cancellationToken))
        {
            subjects[(TimelineEntryKind.ComplaintEvent, e.Id)] = e;
        }

        foreach (var s in await db.Surveys.AsNoTracking().Where(x => surveyIds.Contains(x.Id)).ToListAsync(cancellationToken))
        {
            subjects[(TimelineEntryKind.Survey, s.Id)] = s;
        }

        return subjects;
    }
}
