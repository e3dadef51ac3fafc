using CrmGraph.Domain.Retention;
using CrmGraph.GraphQL.Partners;

namespace CrmGraph.GraphQL.Retention;

internal static class RetentionReports
{
    /// <summary>The buckets of a retention report: every period of the range, or every partner or segment with customers, or the whole range.</summary>
    public static async Task<IReadOnlyList<RetentionBucket>> BuildAsync(CrmDbContext db, RetentionFilter filter, RetentionGrouping? by, CancellationToken cancellationToken)
    {
        var periods = ReportPeriods.Of(new PeriodInput { From = filter.From, To = filter.To }.ToPeriod(), UnitOf(by));
        var rows = await new RetentionQuery(db, CustomersOf(db, filter), periods, by).RowsAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<RetentionKey> keys = by switch
        {
            RetentionGrouping.Month or RetentionGrouping.Quarter => periods.Numbers.Select(n => new RetentionKey { Period = n }),
            RetentionGrouping.Partner or RetentionGrouping.Segment => rows.Groups(),
            _ => [new RetentionKey()],
        };
        return [.. keys.Select(key => new RetentionBucket(periods, by, key, RetentionFigures.From(rows.TallyOf(key))))];
    }

    public static ReportPeriodUnit UnitOf(RetentionGrouping? by) => by switch
    {
        RetentionGrouping.Month => ReportPeriodUnit.Month,
        RetentionGrouping.Quarter => ReportPeriodUnit.Quarter,
        _ => ReportPeriodUnit.None,
    };

    private static IQueryable<Domain.Customers.Customer> CustomersOf(CrmDbContext db, RetentionFilter filter)
    {
        var customers = db.Customers.AsNoTracking();
        if (filter.PartnerId is not null)
        {
            int? partnerId = GlobalId.ParseFor(PartnerType.TypeName, filter.PartnerId, "where.partnerId");
            customers = customers.Where(c => c.PartnerId == partnerId);
        }

        if (filter.Segment is { } segment)
        {
            customers = customers.Where(c => c.Segment == segment);
        }

        return customers;
    }
}
