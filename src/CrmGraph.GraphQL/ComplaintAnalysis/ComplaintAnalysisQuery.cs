using System.Linq.Expressions;
using CrmGraph.Data.Functions;
using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>
/// The six grouped statements a complaint analysis is computed from, whatever the number of periods or complaints:
/// counts and promised times per full key (for the breakdowns), first-response and resolution times per whole
/// second (for averages and percentiles), resolutions, reopens and escalations, and for the backlog the receipts,
/// resolutions and reopens up to the range's end (period −1 before it, so running totals start right).
/// </summary>
internal sealed class ComplaintAnalysisQuery
{
    private static readonly ComplaintEventKind[] Happenings = [ComplaintEventKind.Resolved, ComplaintEventKind.Reopened, ComplaintEventKind.Escalated];
    private static readonly ComplaintEventKind[] OpenOrShut = [ComplaintEventKind.Resolved, ComplaintEventKind.Reopened];

    private readonly CrmDbContext _db;
    private readonly IQueryable<ComplaintFact> _facts;
    private readonly Period _range;
    private readonly bool _acrossPartners;
    private readonly StandIns _standIns;

    /// <param name="complaints">The complaints to count, narrowed by everything but time and partner.</param>
    /// <param name="partnerId">Only complaints of this partner's customers.</param>
    /// <param name="acrossPartners">Count every partner's complaints whoever asks, for rankings whose other figures stay hidden.</param>
    public ComplaintAnalysisQuery(
        CrmDbContext db, IQueryable<Complaint> complaints, int? partnerId, ReportPeriods periods, ComplaintAnalysisGrouping? by, bool acrossPartners = false)
    {
        _db = db;
        var facts = from c in complaints join cu in db.Customers on c.CustomerId equals cu.Id select new ComplaintFact { Complaint = c, PartnerId = cu.PartnerId };
        _facts = partnerId is null ? facts : facts.Where(f => f.PartnerId == partnerId);
        _range = periods.Range;
        _acrossPartners = acrossPartners;
        _standIns = new StandIns(typeof(ComplaintAnalysisQuery), new Dictionary<string, LambdaExpression>
        {
            [nameof(PeriodOf)] = periods.NumberOf,
            [nameof(KeyOf)] = KeyFor(by),
        });
    }

    public async Task<ComplaintRows> RowsAsync(CancellationToken cancellationToken) =>
        new(
            await Counts().ToListAsync(cancellationToken).ConfigureAwait(false),
            await FirstResponses().ToListAsync(cancellationToken).ConfigureAwait(false),
            await Resolutions().ToListAsync(cancellationToken).ConfigureAwait(false),
            await HappeningsToReceived().ToListAsync(cancellationToken).ConfigureAwait(false),
            [.. await Receipts().ToListAsync(cancellationToken).ConfigureAwait(false), .. await Transitions().ToListAsync(cancellationToken).ConfigureAwait(false)]);

    /// <summary>Complaints received in the range per period and every dimension, with how their promised times went.</summary>
    public IQueryable<ComplaintCountRow> Counts() =>
        Expand(Received()
            .GroupBy(f => new ComplaintKey
            {
                Period = PeriodOf(f.Complaint.ReceivedAt),
                Category = f.Complaint.Category,
                Severity = f.Complaint.Severity,
                RootCause = f.Complaint.RootCause,
                ProductId = f.Complaint.ServiceProductId,
                PartnerId = f.PartnerId,
                Channel = f.Complaint.Channel,
            })
            .Select(g => new ComplaintCountRow(
                g.Key,
                g.Count(),
                g.Count(f => f.Complaint.FirstResponseBreached != null),
                g.Count(f => f.Complaint.FirstResponseBreached == false),
                g.Count(f => f.Complaint.ResolutionBreached != null),
                g.Count(f => f.Complaint.ResolutionBreached == false),
                g.Count(f => f.Complaint.FirstResponseBreached != null || f.Complaint.ResolutionBreached != null),
                g.Count(f => (f.Complaint.FirstResponseBreached != null || f.Complaint.ResolutionBreached != null)
                    && f.Complaint.FirstResponseBreached != true && f.Complaint.ResolutionBreached != true))));

    /// <summary>Of the complaints received in the range and answered, how many waited each whole number of seconds for the first response.</summary>
    public IQueryable<DurationRow> FirstResponses() =>
        Expand(Received()
            .Where(f => f.Complaint.AcknowledgedAt != null)
            .GroupBy(f => new { Key = KeyOf(f, f.Complaint.ReceivedAt), Seconds = CrmDbFunctions.SecondsBetween(f.Complaint.ReceivedAt, f.Complaint.AcknowledgedAt!.Value) })
            .Select(g => new DurationRow(g.Key.Key, g.Key.Seconds, g.Count())));

    /// <summary>Of the complaints received in the range and resolved now, how many took each whole number of seconds to resolve.</summary>
    public IQueryable<DurationRow> Resolutions() =>
        Expand(Received()
            .Where(f => f.Complaint.ResolvedAt != null)
            .GroupBy(f => new { Key = KeyOf(f, f.Complaint.ReceivedAt), Seconds = CrmDbFunctions.SecondsBetween(f.Complaint.ReceivedAt, f.Complaint.ResolvedAt!.Value) })
            .Select(g => new DurationRow(g.Key.Key, g.Key.Seconds, g.Count())));

    /// <summary>Of the complaints received in the range, how many were ever resolved, reopened and escalated.</summary>
    public IQueryable<ComplaintEventRow> HappeningsToReceived() =>
        Expand(
            from e in _db.ComplaintEvents
            where Happenings.Contains(e.Kind)
            join f in Received() on e.ComplaintId equals f.Complaint.Id
            group e.ComplaintId by new { Key = KeyOf(f, f.Complaint.ReceivedAt), e.Kind } into g
            select new ComplaintEventRow(g.Key.Key, g.Key.Kind, g.Distinct().Count()));

    /// <summary>
    /// Receipts up to the range's end, per period (as Filed moves of the backlog). A complaint is open from receipt
    /// until resolved, and again from a reopen.
    /// </summary>
    public IQueryable<ComplaintEventRow> Receipts()
    {
        var to = _range.To;
        return Expand(_facts
            .Where(f => f.Complaint.ReceivedAt < to)
            .GroupBy(f => KeyOf(f, f.Complaint.ReceivedAt))
            .Select(g => new ComplaintEventRow(g.Key, ComplaintEventKind.Filed, g.Count())));
    }

    /// <summary>Resolutions and reopens up to the range's end, per period they happened in: the other moves of the backlog.</summary>
    public IQueryable<ComplaintEventRow> Transitions()
    {
        var to = _range.To;
        return Expand(
            from e in _db.ComplaintEvents
            where OpenOrShut.Contains(e.Kind) && e.At < to
            join f in _facts on e.ComplaintId equals f.Complaint.Id
            group e by new { Key = KeyOf(f, e.At), e.Kind } into g
            select new ComplaintEventRow(g.Key.Key, g.Key.Kind, g.Count()));
    }

    /// <summary>The bucket key of a complaint for <paramref name="by"/>: its period and at most one dimension.</summary>
    public static Expression<Func<ComplaintFact, DateTimeOffset, ComplaintKey>> KeyFor(ComplaintAnalysisGrouping? by) => by switch
    {
        ComplaintAnalysisGrouping.Category => (f, at) => new ComplaintKey { Period = PeriodOf(at), Category = f.Complaint.Category },
        ComplaintAnalysisGrouping.Severity => (f, at) => new ComplaintKey { Period = PeriodOf(at), Severity = f.Complaint.Severity },
        ComplaintAnalysisGrouping.RootCause => (f, at) => new ComplaintKey { Period = PeriodOf(at), RootCause = f.Complaint.RootCause },
        ComplaintAnalysisGrouping.Product => (f, at) => new ComplaintKey { Period = PeriodOf(at), ProductId = f.Complaint.ServiceProductId },
        ComplaintAnalysisGrouping.Partner => (f, at) => new ComplaintKey { Period = PeriodOf(at), PartnerId = f.PartnerId },
        ComplaintAnalysisGrouping.Channel => (f, at) => new ComplaintKey { Period = PeriodOf(at), Channel = f.Complaint.Channel },
        _ => (f, at) => new ComplaintKey { Period = PeriodOf(at) },
    };

    // Stand-ins of the report's period and bucket key; replaced in every statement, they never run.
    private static int PeriodOf(DateTimeOffset at) => throw new InvalidOperationException($"A stand-in for the period of {at}.");

    private static ComplaintKey KeyOf(ComplaintFact fact, DateTimeOffset at) => throw new InvalidOperationException($"A stand-in for the key of {fact} at {at}.");

    private IQueryable<ComplaintFact> Received()
    {
        var (start, end) = (_range.From, _range.To);
        return _facts.Where(f => f.Complaint.ReceivedAt >= start && f.Complaint.ReceivedAt < end);
    }

    private IQueryable<T> Expand<T>(IQueryable<T> query)
        where T : class
    {
        var expanded = _standIns.Expand(query);
        return _acrossPartners ? expanded.IgnoreQueryFilters() : expanded;
    }
}
