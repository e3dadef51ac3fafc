using System.Linq.Expressions;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Retention;

/// <summary>
/// The five grouped statements a retention report is computed from, whatever the number of periods or customers:
/// customers created, churns and win-backs, orders and revenue, buyers and repeat buyers, first orders. Each groups
/// by period (−1 for everything before the range, so that running totals start right) and, when asked, by partner or
/// segment. Prospects are not on the books and are left out.
/// </summary>
internal sealed class RetentionQuery
{
    private readonly CrmDbContext _db;
    private readonly IQueryable<Customer> _customers;
    private readonly Period _range;
    private readonly bool _acrossPartners;
    private readonly StandIns _standIns;

    /// <param name="acrossPartners">Count every partner's customers whoever asks, for rankings whose other figures stay hidden.</param>
    public RetentionQuery(CrmDbContext db, IQueryable<Customer> customers, ReportPeriods periods, RetentionGrouping? by, bool acrossPartners = false)
    {
        _db = db;
        _customers = customers.Where(c => c.Status != CustomerStatus.Prospect);
        _range = periods.Range;
        _acrossPartners = acrossPartners;
        Expression<Func<Customer, int?>> partner = by == RetentionGrouping.Partner ? c => c.PartnerId : c => null;
        Expression<Func<Customer, CustomerSegment?>> segment = by == RetentionGrouping.Segment ? c => c.Segment : c => null;
        _standIns = new StandIns(typeof(RetentionQuery), new Dictionary<string, LambdaExpression>
        {
            [nameof(PeriodOf)] = periods.NumberOf,
            [nameof(PartnerOf)] = partner,
            [nameof(SegmentOf)] = segment,
        });
    }

    public async Task<RetentionRows> RowsAsync(CancellationToken cancellationToken) =>
        new(
            await Joined().ToListAsync(cancellationToken).ConfigureAwait(false),
            await Movements().ToListAsync(cancellationToken).ConfigureAwait(false),
            await Sales().ToListAsync(cancellationToken).ConfigureAwait(false),
            await Buyers().ToListAsync(cancellationToken).ConfigureAwait(false),
            await FirstOrders().ToListAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>Customers created before the range ends, per period of creation.</summary>
    public IQueryable<CountRow> Joined()
    {
        var to = _range.To;
        return Expand(_customers
            .Where(c => c.CreatedAt < to)
            .GroupBy(c => new RetentionKey { Period = PeriodOf(c.CreatedAt), PartnerId = PartnerOf(c), Segment = SegmentOf(c) })
            .Select(g => new CountRow(g.Key, null, g.Count())));
    }

    /// <summary>Churns and win-backs recorded before the range ends, per period, cause and period the customer was created in.</summary>
    public IQueryable<CustomerMovementRow> Movements()
    {
        var to = _range.To;
        return Expand(
            from e in _db.CustomerEvents
            where (e.Kind == CustomerEventKind.Churned || e.Kind == CustomerEventKind.WonBack) && e.At < to
            join c in _customers on e.CustomerId equals c.Id
            group e by new { Period = PeriodOf(e.At), PartnerId = PartnerOf(c), Segment = SegmentOf(c), e.Kind, e.ChurnCause, Joined = PeriodOf(c.CreatedAt) } into g
            select new CustomerMovementRow(
                new RetentionKey { Period = g.Key.Period, PartnerId = g.Key.PartnerId, Segment = g.Key.Segment }, g.Key.Kind, g.Key.ChurnCause, g.Key.Joined, g.Count()));
    }

    /// <summary>Orders placed before the range ends and their revenue, per period and currency; cancelled orders never count.</summary>
    public IQueryable<SalesRow> Sales()
    {
        var to = _range.To;
        return Expand(
            from o in _db.ServiceOrders
            where o.Status != ServiceOrderStatus.Cancelled && o.OrderedAt < to
            join c in _customers on o.CustomerId equals c.Id
            group o by new { Period = PeriodOf(o.OrderedAt), PartnerId = PartnerOf(c), Segment = SegmentOf(c), o.Currency } into g
            select new SalesRow(new RetentionKey { Period = g.Key.Period, PartnerId = g.Key.PartnerId, Segment = g.Key.Segment }, g.Key.Currency, g.Count(), g.Sum(o => o.Total)));
    }

    /// <summary>Per period of the range: customers with an order in it, and those with two or more.</summary>
    public IQueryable<BuyerRow> Buyers()
    {
        var (start, to) = (_range.From, _range.To);
        return Expand((
                from o in _db.ServiceOrders
                where o.Status != ServiceOrderStatus.Cancelled && o.OrderedAt >= start && o.OrderedAt < to
                join c in _customers on o.CustomerId equals c.Id
                group o by new { o.CustomerId, Period = PeriodOf(o.OrderedAt), PartnerId = PartnerOf(c), Segment = SegmentOf(c) } into perCustomer
                select new { perCustomer.Key.Period, perCustomer.Key.PartnerId, perCustomer.Key.Segment, Orders = perCustomer.Count() })
            .GroupBy(x => new RetentionKey { Period = x.Period, PartnerId = x.PartnerId, Segment = x.Segment })
            .Select(g => new BuyerRow(g.Key, g.Count(), g.Count(x => x.Orders >= 2))));
    }

    /// <summary>Customers per period of their first order in each currency, up to the range's end.</summary>
    public IQueryable<CountRow> FirstOrders()
    {
        var to = _range.To;
        return Expand((
                from o in _db.ServiceOrders
                where o.Status != ServiceOrderStatus.Cancelled && o.OrderedAt < to
                join c in _customers on o.CustomerId equals c.Id
                group o by new { o.CustomerId, o.Currency, PartnerId = PartnerOf(c), Segment = SegmentOf(c) } into perCustomer
                select new { perCustomer.Key.Currency, perCustomer.Key.PartnerId, perCustomer.Key.Segment, First = perCustomer.Min(o => o.OrderedAt) })
            .GroupBy(x => new { Period = PeriodOf(x.First), x.PartnerId, x.Segment, x.Currency })
            .Select(g => new CountRow(new RetentionKey { Period = g.Key.Period, PartnerId = g.Key.PartnerId, Segment = g.Key.Segment }, g.Key.Currency, g.Count())));
    }

    // Stand-ins of the report's period and grouping; replaced in every statement, they never run.
    private static int PeriodOf(DateTimeOffset at) => throw new InvalidOperationException($"A stand-in for the period of {at}.");

    private static int? PartnerOf(Customer customer) => throw new InvalidOperationException($"A stand-in for the partner of {customer}.");

    private static CustomerSegment? SegmentOf(Customer customer) => throw new InvalidOperationException($"A stand-in for the segment of {customer}.");

    private IQueryable<T> Expand<T>(IQueryable<T> query)
        where T : class
    {
        var expanded = _standIns.Expand(query);
        return _acrossPartners ? expanded.IgnoreQueryFilters() : expanded;
    }
}
