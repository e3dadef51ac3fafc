using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

internal static class SatisfactionReports
{
    /// <summary>
    /// One statement adds the matching surveys up per bucket and answer; the figures of each bucket and of the
    /// whole follow from those sums. Without a grouping there is one bucket, the whole.
    /// </summary>
    public static async Task<SatisfactionReport> BuildAsync(CrmDbContext db, SatisfactionFilter? filter, SatisfactionGrouping? by, CancellationToken cancellationToken)
    {
        var surveys = SatisfactionFiltering.Apply(db, db.Surveys.AsNoTracking(), filter);
        var rows = await ResponseGroupQuery.Of(surveys.KeyedBy(SurveyKeys.For(db, by))).ToListAsync(cancellationToken).ConfigureAwait(false);

        var overall = SatisfactionFigures.From(rows.Select(r => r.ToResponseGroup()));
        IReadOnlyList<SatisfactionBucket> buckets = by is null
            ? [new SatisfactionBucket(null, null, overall)]
            : rows.GroupBy(r => r.Key.Bucket)
                .OrderBy(g => g.Key is null)
                .ThenBy(g => g.Key)
                .Select(g => new SatisfactionBucket(by, g.Key, SatisfactionFigures.From(g.Select(r => r.ToResponseGroup()))))
                .ToList();
        return new SatisfactionReport(overall, buckets);
    }
}
