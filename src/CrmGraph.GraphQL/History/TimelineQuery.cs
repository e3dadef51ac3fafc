using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;

namespace CrmGraph.GraphQL.History;

/// <summary>
/// The relationship history of one customer: every interaction, order, complaint, complaint event and
/// survey as one list, newest first, read with a single UNION ALL statement per page.
/// </summary>
internal static class TimelineQuery
{
    public static readonly IReadOnlyList<SortKey<TimelineRow>> Order =
    [
        SortKey<TimelineRow>.Descend(r => r.At),
        SortKey<TimelineRow>.Descend(r => r.KindValue),
        SortKey<TimelineRow>.Descend(r => r.SourceId),
    ];

    public static IQueryable<TimelineRow> Of(CrmDbContext db, int customerId)
    {
        var interactions = db.Interactions.Where(i => i.CustomerId == customerId)
            .Select(i => new TimelineRow { KindValue = (int)TimelineEntryKind.Interaction, SourceId = i.Id, At = i.OccurredAt });
        var orders = db.ServiceOrders.Where(o => o.CustomerId == customerId)
            .Select(o => new TimelineRow { KindValue = (int)TimelineEntryKind.ServiceOrder, SourceId = o.Id, At = o.OrderedAt });
        var complaints = db.Complaints.Where(c => c.CustomerId == customerId)
            .Select(c => new TimelineRow { KindValue = (int)TimelineEntryKind.Complaint, SourceId = c.Id, At = c.ReceivedAt });
        // A complaint's filing is the complaint entry itself; its later events are entries of their own.
        var events = db.ComplaintEvents
            .Where(e => e.Kind != ComplaintEventKind.Filed)
            .Join(db.Complaints.Where(c => c.CustomerId == customerId), e => e.ComplaintId, c => c.Id, (e, c) => e)
            .Select(e => new TimelineRow { KindValue = (int)TimelineEntryKind.ComplaintEvent, SourceId = e.Id, At = e.At });
        var surveys = db.Surveys.Where(s => s.CustomerId == customerId)
            .Select(s => new TimelineRow { KindValue = (int)TimelineEntryKind.Survey, SourceId = s.Id, At = s.RespondedAt });
        return interactions.Concat(orders).Concat(complaints).Concat(events).Concat(surveys);
    }
}
