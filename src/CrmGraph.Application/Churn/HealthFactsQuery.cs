using CrmGraph.Domain.Churn;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Satisfaction;
using CrmGraph.Application.Complaints;

namespace CrmGraph.Application.Churn;

/// <summary>
/// Counts what the health score needs for many customers at once, in five grouped statements whatever their number:
/// orders by window and currency, last order, last interaction, open and recently breached complaints, and survey
/// answers by window and level. Cancelled orders do not count.
/// </summary>
internal sealed class HealthFactsQuery
{
    private readonly CrmDbContext _db;
    private readonly List<int> _ids;
    private readonly DateTimeOffset _now;
    private readonly DateTimeOffset _recentSince;
    private readonly DateTimeOffset _previousSince;

    public HealthFactsQuery(CrmDbContext db, IEnumerable<int> customerIds, DateTimeOffset now)
    {
        _db = db;
        _ids = customerIds.Distinct().ToList();
        _now = now;
        _recentSince = ChurnRisk.RecentSince(now);
        _previousSince = ChurnRisk.PreviousSince(now);
    }

    /// <summary>Orders of the two windows, per customer, currency and window.</summary>
    public IQueryable<OrderWindowRow> OrderWindows =>
        Orders
            .Where(o => o.OrderedAt > _previousSince && o.OrderedAt <= _now)
            .GroupBy(o => new { o.CustomerId, o.Currency, Recent = o.OrderedAt > _recentSince })
            .Select(g => new OrderWindowRow(g.Key.CustomerId, g.Key.Currency, g.Key.Recent, g.Count(), g.Sum(o => o.Total)));

    public IQueryable<LastAt> LastOrders =>
        Orders.GroupBy(o => o.CustomerId).Select(g => new LastAt(g.Key, g.Max(o => o.OrderedAt)));

    public IQueryable<LastAt> LastInteractions =>
        _db.Interactions.AsNoTracking()
            .Where(i => _ids.Contains(i.CustomerId))
            .GroupBy(i => i.CustomerId)
            .Select(g => new LastAt(g.Key, g.Max(i => i.OccurredAt)));

    /// <summary>Open complaints and complaints received in the recent window with a broken promise (a complaint can be both).</summary>
    public IQueryable<ComplaintCount> ComplaintCounts
    {
        get
        {
            var complaints = _db.Complaints.AsNoTracking().Where(c => _ids.Contains(c.CustomerId));
            return complaints.Where(ComplaintConditions.Open).Select(c => new { c.CustomerId, Breached = false })
                .Concat(complaints.Where(c => c.ReceivedAt > _recentSince).Where(ComplaintConditions.Breached).Select(c => new { c.CustomerId, Breached = true }))
                .GroupBy(c => new { c.CustomerId, c.Breached })
                .Select(g => new ComplaintCount(g.Key.CustomerId, g.Key.Breached, g.Count()));
        }
    }

    /// <summary>Survey answers of the two windows per customer, scale, level and window: enough to average them exactly.</summary>
    public IQueryable<AnswerCount> Answers =>
        _db.Surveys.AsNoTracking()
            .Where(s => _ids.Contains(s.CustomerId) && s.RespondedAt > _previousSince && s.RespondedAt <= _now)
            .GroupBy(s => new { s.CustomerId, s.Scale, s.OverallScore, Recent = s.RespondedAt > _recentSince })
            .Select(g => new AnswerCount(g.Key.CustomerId, g.Key.Scale, g.Key.OverallScore, g.Key.Recent, g.Count()));

    /// <summary>Every statement a load sends, in order.</summary>
    public IReadOnlyList<IQueryable> Statements => [OrderWindows, LastOrders, LastInteractions, ComplaintCounts, Answers];

    private IQueryable<ServiceOrder> Orders =>
        _db.ServiceOrders.AsNoTracking().Where(o => _ids.Contains(o.CustomerId) && o.Status != ServiceOrderStatus.Cancelled);

    /// <summary>The facts of each of <paramref name="subjects"/> as at <paramref name="now"/>, by customer id; every subject gets an answer.</summary>
    public static async Task<IReadOnlyDictionary<int, HealthFacts>> LoadAsync(
        CrmDbContext db, IReadOnlyCollection<HealthSubject> subjects, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = new HealthFactsQuery(db, subjects.Select(s => s.CustomerId), now);
        var windows = (await query.OrderWindows.ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(w => (w.CustomerId, w.Recent));
        var lastOrders = await query.LastOrders.ToDictionaryAsync(l => l.CustomerId, l => l.At, cancellationToken).ConfigureAwait(false);
        var lastInteractions = await query.LastInteractions.ToDictionaryAsync(l => l.CustomerId, l => l.At, cancellationToken).ConfigureAwait(false);
        var complaints = await query.ComplaintCounts.ToDictionaryAsync(c => (c.CustomerId, c.Breached), c => c.Count, cancellationToken).ConfigureAwait(false);
        var answers = (await query.Answers.ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(a => (a.CustomerId, a.Recent), a => (a.Scale, a.OverallScore, a.Count));

        OrderWindow Window(int customerId, bool recent)
        {
            var rows = windows[(customerId, recent)].ToList();
            return rows.Count == 0
                ? OrderWindow.None
                : new OrderWindow(rows.Sum(r => r.Count), rows.ToDictionary(r => r.Currency, r => r.Revenue, StringComparer.Ordinal));
        }

        return subjects.DistinctBy(s => s.CustomerId).ToDictionary(
            s => s.CustomerId,
            s => new HealthFacts(
                s.CustomerSince,
                lastOrders.TryGetValue(s.CustomerId, out var lastOrder) ? lastOrder : null,
                lastInteractions.TryGetValue(s.CustomerId, out var lastInteraction) ? lastInteraction : null,
                complaints.GetValueOrDefault((s.CustomerId, false)),
                complaints.GetValueOrDefault((s.CustomerId, true)),
                SatisfactionAverage.Of(answers[(s.CustomerId, true)]),
                SatisfactionAverage.Of(answers[(s.CustomerId, false)]),
                Window(s.CustomerId, recent: true),
                Window(s.CustomerId, recent: false)));
    }

    internal sealed record OrderWindowRow(int CustomerId, string Currency, bool Recent, int Count, decimal Revenue);

    internal sealed record LastAt(int CustomerId, DateTimeOffset At);

    internal sealed record ComplaintCount(int CustomerId, bool Breached, int Count);

    internal sealed record AnswerCount(int CustomerId, SurveyScale Scale, int OverallScore, bool Recent, int Count);
}
