using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;

namespace CrmGraph.GraphQL.Retention;

/// <summary>What the statements of <see cref="RetentionQuery"/> return, and the tally of each bucket worked out from it.</summary>
internal sealed record RetentionRows(
    IReadOnlyList<CountRow> Joined,
    IReadOnlyList<CustomerMovementRow> Movements,
    IReadOnlyList<SalesRow> Sales,
    IReadOnlyList<BuyerRow> Buyers,
    IReadOnlyList<CountRow> FirstOrders)
{
    /// <summary>The partners or segments seen, with period 0 (the whole range); the company's own customers (no partner) last.</summary>
    public IReadOnlyList<RetentionKey> Groups() =>
        [.. Joined.Select(r => r.Key.In(0)).Distinct().OrderBy(k => k.PartnerId is null).ThenBy(k => k.PartnerId).ThenBy(k => k.Segment)];

    /// <summary>The tally of <paramref name="bucket"/>: its group, in its period, with what came before it as the running start.</summary>
    public RetentionTally TallyOf(RetentionKey bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        bool Before(RetentionKey k) => k.In(bucket.Period) == bucket && k.Period < bucket.Period;
        bool Within(RetentionKey k) => k == bucket;
        var churns = Movements.Where(m => m.Kind == CustomerEventKind.Churned).ToList();
        var winBacks = Movements.Where(m => m.Kind == CustomerEventKind.WonBack).ToList();
        var buyers = Buyers.Where(b => Within(b.Key)).ToList();
        return new RetentionTally(
            Joined.Where(r => Before(r.Key)).Sum(r => r.Customers) - churns.Where(m => Before(m.Key)).Sum(m => m.Customers) + winBacks.Where(m => Before(m.Key)).Sum(m => m.Customers),
            Joined.Where(r => Within(r.Key)).Sum(r => r.Customers),
            churns.Where(m => Within(m.Key)).Sum(m => m.Customers),
            churns.Where(m => Within(m.Key) && m.JoinedPeriod < bucket.Period).Sum(m => m.Customers),
            winBacks.Where(m => Within(m.Key)).Sum(m => m.Customers),
            buyers.Sum(b => b.Buyers),
            buyers.Sum(b => b.RepeatBuyers),
            [.. Sales.Where(s => Before(s.Key) || Within(s.Key)).Select(s => s.Currency).Distinct().Select(currency => new CurrencySales(
                currency,
                Sales.Where(s => Within(s.Key) && s.Currency == currency).Sum(s => s.Orders),
                Sales.Where(s => Within(s.Key) && s.Currency == currency).Sum(s => s.Revenue),
                Sales.Where(s => (Before(s.Key) || Within(s.Key)) && s.Currency == currency).Sum(s => s.Revenue),
                FirstOrders.Where(f => (Before(f.Key) || Within(f.Key)) && f.Currency == currency).Sum(f => f.Customers)))],
            [.. churns.Where(m => Within(m.Key) && m.Cause is not null).GroupBy(m => m.Cause!.Value).Select(g => new ChurnCauseCount(g.Key, g.Sum(m => m.Customers)))]);
    }
}
