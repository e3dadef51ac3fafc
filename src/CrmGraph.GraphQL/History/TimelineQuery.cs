using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;

namespace CrmGraph.GraphQL.History;

/// <summary>
/// The relationship history: every interaction, order, order move, estimate, complaint, complaint event, survey, status and tier change of a customer
/// as one list, newest first, read with a single UNION ALL statement per page.
/// </summary>
public static class TimelineQuery
{
    /// <summary>Newest first; entries at the same instant in a fixed order of kind and id.</summary>
    public static readonly ChildListQuery<TimelineRow> ByCustomer = new(
        r => r.CustomerId,
        [
            SortKey<TimelineRow>.Descend(r => r.At),
            SortKey<TimelineRow>.Descend(r => r.KindValue),
            SortKey<TimelineRow>.Descend(r => r.SourceId),
        ]);

    /// <summary>Every customer's history as one UNION ALL; callers narrow it to the customers they show.</summary>
    public static IQueryable<TimelineRow> All(CrmDbContext db)
    {
        var interactions = db.Interactions
            .Select(i => new TimelineRow { CustomerId = i.CustomerId, KindValue = (int)TimelineEntryKind.Interaction, SourceId = i.Id, At = i.OccurredAt });
        var orders = db.ServiceOrders
            .Select(o => new TimelineRow { CustomerId = o.CustomerId, KindValue = (int)TimelineEntryKind.ServiceOrder, SourceId = o.Id, At = o.OrderedAt });
        var complaints = db.Complaints
            .Select(c => new TimelineRow { CustomerId = c.CustomerId, KindValue = (int)TimelineEntryKind.Complaint, SourceId = c.Id, At = c.ReceivedAt });

        // A complaint's filing is the complaint entry itself; its later events are entries of their own.
        var events = db.ComplaintEvents
            .Where(e => e.Kind != ComplaintEventKind.Filed)
            .Join(db.Complaints, e => e.ComplaintId, c => c.Id, (e, c) => new TimelineRow { CustomerId = c.CustomerId, KindValue = (int)TimelineEntryKind.ComplaintEvent, SourceId = e.Id, At = e.At });
        var surveys = db.Surveys
            .Select(s => new TimelineRow { CustomerId = s.CustomerId, KindValue = (int)TimelineEntryKind.Survey, SourceId = s.Id, At = s.RespondedAt });
        var standing = db.CustomerEvents
            .Select(e => new TimelineRow
            {
                CustomerId = e.CustomerId,
                KindValue = e.Kind == CustomerEventKind.TierChanged ? (int)TimelineEntryKind.TierChange : (int)TimelineEntryKind.StatusChange,
                SourceId = e.Id,
                At = e.At,
            });
        var estimates = db.Estimates
            .Select(e => new TimelineRow { CustomerId = e.CustomerId, KindValue = (int)TimelineEntryKind.Estimate, SourceId = e.Id, At = e.CreatedAt });
        var orderMoves = db.ServiceOrderEvents
            .Join(db.ServiceOrders, e => e.ServiceOrderId, o => o.Id, (e, o) => new TimelineRow { CustomerId = o.CustomerId, KindValue = (int)TimelineEntryKind.OrderStatusChange, SourceId = e.Id, At = e.At });
        return interactions.Concat(orders).Concat(complaints).Concat(events).Concat(surveys).Concat(standing).Concat(estimates).Concat(orderMoves);
    }
}
