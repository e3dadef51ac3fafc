using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

/// <summary>
/// Counts everything the staff members <c>staffIds</c> selects did in a period, with five grouped statements
/// whether that is one person or every team: complaints (two), surveys, interactions and orders.
/// Staff members with nothing to count are left out.
/// </summary>
internal static class StaffWorkQuery
{
    public static async Task<IReadOnlyDictionary<int, StaffWork>> ByStaffAsync(
        CrmDbContext db, IQueryable<int> staffIds, Period period, CancellationToken cancellationToken)
    {
        var complaints = await ComplaintWorkQuery.ByAssigneeAsync(db, staffIds, period, cancellationToken).ConfigureAwait(false);
        var surveys = await SurveyTallyQuery.ByStaffAsync(db, staffIds, period, cancellationToken).ConfigureAwait(false);
        var interactions = await Interactions(db, staffIds, period).ToDictionaryAsync(p => p.Key, p => p.Value, cancellationToken).ConfigureAwait(false);
        var orders = (await Orders(db, staffIds, period).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(o => o.StaffId);
        var worked = complaints.Keys.Concat(surveys.Select(s => s.Key)).Concat(interactions.Keys).Concat(orders.Select(o => o.Key)).Distinct();
        return worked.ToDictionary(id => id, id => new StaffWork(
            complaints.GetValueOrDefault(id) ?? ComplaintWork.None,
            [.. surveys[id]],
            interactions.GetValueOrDefault(id),
            orders[id].Sum(o => o.Orders),
            [.. orders[id].Select(o => new Money(o.Revenue, o.Currency))]));
    }

    /// <summary>Interactions each staff member handled in the period.</summary>
    public static IQueryable<KeyValuePair<int, int>> Interactions(CrmDbContext db, IQueryable<int> staffIds, Period period)
    {
        var (start, end) = (period.From, period.To);
        return db.Interactions.AsNoTracking()
            .Where(i => i.StaffMemberId != null && staffIds.Contains(i.StaffMemberId.Value) && i.OccurredAt >= start && i.OccurredAt < end)
            .GroupBy(i => i.StaffMemberId!.Value)
            .Select(g => new KeyValuePair<int, int>(g.Key, g.Count()));
    }

    /// <summary>Orders each staff member took in the period, and their revenue, per currency; cancelled orders are not revenue.</summary>
    public static IQueryable<OrderRow> Orders(CrmDbContext db, IQueryable<int> staffIds, Period period)
    {
        var (start, end) = (period.From, period.To);
        return db.ServiceOrders.AsNoTracking()
            .Where(o => o.StaffMemberId != null && staffIds.Contains(o.StaffMemberId.Value) && o.OrderedAt >= start && o.OrderedAt < end)
            .Where(o => o.Status != ServiceOrderStatus.Cancelled)
            .GroupBy(o => new { StaffId = o.StaffMemberId!.Value, o.Currency })
            .Select(g => new OrderRow(g.Key.StaffId, g.Key.Currency, g.Count(), g.Sum(o => o.Total)));
    }

    internal sealed record OrderRow(int StaffId, string Currency, int Orders, decimal Revenue);
}
