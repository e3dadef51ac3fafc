using CrmGraph.Domain.ComplaintAnalysis;
using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Partners;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

internal static class ComplaintAnalysisReports
{
    private static readonly ComplaintAnalysisGrouping[] Dimensions =
    [
        ComplaintAnalysisGrouping.Category, ComplaintAnalysisGrouping.Severity, ComplaintAnalysisGrouping.RootCause,
        ComplaintAnalysisGrouping.Product, ComplaintAnalysisGrouping.Partner, ComplaintAnalysisGrouping.Channel,
    ];

    /// <summary>The buckets of a complaint analysis: every period of the range, or every value of a dimension, or the whole range.</summary>
    public static async Task<IReadOnlyList<ComplaintAnalysisBucket>> BuildAsync(
        CrmDbContext db, ComplaintAnalysisFilter filter, ComplaintAnalysisGrouping? by, CancellationToken cancellationToken)
    {
        var periods = ReportPeriods.Of(new PeriodInput { From = filter.From, To = filter.To }.ToPeriod(), UnitOf(by));
        int? partnerId = filter.PartnerId is null ? null : GlobalId.ParseFor(PartnerType.TypeName, filter.PartnerId, "where.partnerId");
        var rows = await new ComplaintAnalysisQuery(db, ComplaintsOf(db, filter), partnerId, periods, by).RowsAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<ComplaintKey> keys = by switch
        {
            ComplaintAnalysisGrouping.Month or ComplaintAnalysisGrouping.Quarter => periods.Numbers.Select(n => new ComplaintKey { Period = n }),
            { } dimension => rows.Groups(dimension),
            null => [new ComplaintKey()],
        };
        return [.. keys.Select(key =>
        {
            var figures = ComplaintAnalysisFigures.From(rows.TallyOf(key, by));
            return new ComplaintAnalysisBucket(periods, by, key, figures, BreakdownOf(rows.CountsIn(key, by), figures.Received));
        })];
    }

    private static ReportPeriodUnit UnitOf(ComplaintAnalysisGrouping? by) => by switch
    {
        ComplaintAnalysisGrouping.Month => ReportPeriodUnit.Month,
        ComplaintAnalysisGrouping.Quarter => ReportPeriodUnit.Quarter,
        _ => ReportPeriodUnit.None,
    };

    /// <summary>The complaints of the bucket counted by each dimension's values, most first.</summary>
    private static List<ComplaintShare> BreakdownOf(IReadOnlyList<ComplaintCountRow> rows, int received) =>
        [.. Dimensions.SelectMany(dimension => rows
            .GroupBy(r => ComplaintRows.BucketOf(r.Key, dimension) with { Period = 0 })
            .Select(g => new ComplaintShare(dimension, g.Key, g.Sum(r => r.Received), Ratios.Percent(g.Sum(r => r.Received), received)))
            .OrderByDescending(s => s.Complaints))];

    private static IQueryable<Complaint> ComplaintsOf(CrmDbContext db, ComplaintAnalysisFilter filter)
    {
        var complaints = db.Complaints.AsNoTracking();
        if (filter.ProductId is not null)
        {
            int? productId = GlobalId.ParseFor(ServiceProductType.TypeName, filter.ProductId, "where.productId");
            complaints = complaints.Where(c => c.ServiceProductId == productId);
        }

        return complaints.WhereAnyOf(filter.Category, c => c.Category).WhereAnyOf(filter.Severity, c => c.Severity).WhereAnyOf(filter.Channel, c => c.Channel);
    }
}
