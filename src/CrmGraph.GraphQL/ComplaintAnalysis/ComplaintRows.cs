using CrmGraph.Domain.ComplaintAnalysis;
using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.ComplaintAnalysis;

/// <summary>What the statements of <see cref="ComplaintAnalysisQuery"/> return, and the tally of each bucket worked out from it.</summary>
internal sealed record ComplaintRows(
    IReadOnlyList<ComplaintCountRow> Counts,
    IReadOnlyList<DurationRow> FirstResponses,
    IReadOnlyList<DurationRow> Resolutions,
    IReadOnlyList<ComplaintEventRow> Happenings,
    IReadOnlyList<ComplaintEventRow> BacklogMoves)
{
    /// <summary>The key of the bucket a full key falls in for <paramref name="by"/>, as <see cref="ComplaintAnalysisQuery.KeyFor"/> groups.</summary>
    public static ComplaintKey BucketOf(ComplaintKey full, ComplaintAnalysisGrouping? by) => by switch
    {
        ComplaintAnalysisGrouping.Category => new ComplaintKey { Period = full.Period, Category = full.Category },
        ComplaintAnalysisGrouping.Severity => new ComplaintKey { Period = full.Period, Severity = full.Severity },
        ComplaintAnalysisGrouping.RootCause => new ComplaintKey { Period = full.Period, RootCause = full.RootCause },
        ComplaintAnalysisGrouping.Product => new ComplaintKey { Period = full.Period, ProductId = full.ProductId },
        ComplaintAnalysisGrouping.Partner => new ComplaintKey { Period = full.Period, PartnerId = full.PartnerId },
        ComplaintAnalysisGrouping.Channel => new ComplaintKey { Period = full.Period, Channel = full.Channel },
        _ => new ComplaintKey { Period = full.Period },
    };

    /// <summary>The buckets of a grouping by dimension: every value with complaints received in the range or open at its end, in the dimension's order, none last.</summary>
    public IReadOnlyList<ComplaintKey> Groups(ComplaintAnalysisGrouping by) =>
        [.. Counts.Select(r => BucketOf(r.Key, by))
            .Concat(BacklogMoves.Select(m => m.Key))
            .Select(k => k with { Period = 0 })
            .Distinct()
            .OrderBy(k => (k.Category, k.Severity, k.RootCause, k.ProductId, k.PartnerId, k.Channel) == default)
            .ThenBy(k => k.Category).ThenBy(k => k.Severity).ThenBy(k => k.RootCause).ThenBy(k => k.ProductId).ThenBy(k => k.PartnerId).ThenBy(k => k.Channel)];

    /// <summary>The count rows that fall in <paramref name="bucket"/>.</summary>
    public IReadOnlyList<ComplaintCountRow> CountsIn(ComplaintKey bucket, ComplaintAnalysisGrouping? by) => [.. Counts.Where(r => BucketOf(r.Key, by) == bucket)];

    public ComplaintTally TallyOf(ComplaintKey bucket, ComplaintAnalysisGrouping? by)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        var counts = CountsIn(bucket, by);
        int Happened(ComplaintEventKind kind) => Happenings.Where(h => h.Key == bucket && h.Kind == kind).Sum(h => h.Complaints);
        int MovedUpToEnd(ComplaintEventKind kind) => BacklogMoves.Where(m => m.Kind == kind && m.Key with { Period = bucket.Period } == bucket && m.Key.Period <= bucket.Period).Sum(m => m.Complaints);
        return new ComplaintTally(
            counts.Sum(r => r.Received),
            counts.Sum(r => r.FirstResponseDecided),
            counts.Sum(r => r.FirstResponseKept),
            counts.Sum(r => r.ResolutionDecided),
            counts.Sum(r => r.ResolutionKept),
            [.. FirstResponses.Where(d => d.Key == bucket).Select(d => new DurationCount(d.Seconds, d.Complaints))],
            [.. Resolutions.Where(d => d.Key == bucket).Select(d => new DurationCount(d.Seconds, d.Complaints))],
            Happened(ComplaintEventKind.Resolved),
            Happened(ComplaintEventKind.Reopened),
            Happened(ComplaintEventKind.Escalated),
            MovedUpToEnd(ComplaintEventKind.Filed) - MovedUpToEnd(ComplaintEventKind.Resolved) + MovedUpToEnd(ComplaintEventKind.Reopened));
    }
}
