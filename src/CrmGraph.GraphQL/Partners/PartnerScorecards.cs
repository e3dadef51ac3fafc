using CrmGraph.Domain.Partners;
using CrmGraph.Domain.Retention;
using CrmGraph.Domain.Satisfaction;
using CrmGraph.GraphQL.ComplaintAnalysis;
using CrmGraph.GraphQL.Retention;
using CrmGraph.GraphQL.Satisfaction;

namespace CrmGraph.GraphQL.Partners;

/// <summary>
/// Every partner's scorecard for a period, ranked among all partners, in eight statements however many partners or
/// customers there are: the partners, the five retention statements, the complaint counts and the survey answers,
/// each grouped by partner. They count every partner's customers whoever asks, since a rank needs the others'
/// figures; callers hand out only the scorecards the asker may see.
/// </summary>
internal static class PartnerScorecards
{
    public static async Task<IReadOnlyList<PartnerScorecard>> OfAllAsync(CrmDbContext db, Period period, CancellationToken cancellationToken)
    {
        var partners = await db.Partners.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var periods = ReportPeriods.Of(period, ReportPeriodUnit.None);
        var retention = await new RetentionQuery(db, db.Customers, periods, RetentionGrouping.Partner, acrossPartners: true).RowsAsync(cancellationToken).ConfigureAwait(false);
        var complaints = await new ComplaintAnalysisQuery(db, db.Complaints, null, periods, ComplaintAnalysisGrouping.Partner, acrossPartners: true)
            .Counts().ToListAsync(cancellationToken).ConfigureAwait(false);
        var surveys = await ResponseGroupQuery.Of(
                SatisfactionFiltering.Apply(db, db.Surveys.AsNoTracking(), new SatisfactionFilter { From = period.From, To = period.To })
                    .KeyedBy(SurveyKeys.For(db, SatisfactionGrouping.Partner)))
            .IgnoreQueryFilters()
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var figures = partners.Select(partner =>
        {
            var customers = RetentionFigures.From(retention.TallyOf(new RetentionKey { PartnerId = partner.Id }));
            var theirComplaints = complaints.Where(c => c.Key.PartnerId == partner.Id).ToList();
            var satisfaction = SatisfactionFigures.From(surveys.Where(s => s.Key.Bucket == partner.Id).Select(s => s.ToResponseGroup()));
            return ScorecardFigures.From(new ScorecardTally(
                retention.Joined.Where(j => j.Key.PartnerId == partner.Id).Sum(j => j.Customers),
                customers.CustomersAtEnd,
                customers.ChurnRatePercent,
                theirComplaints.Sum(c => c.Received),
                theirComplaints.Sum(c => c.PromisesDecided),
                theirComplaints.Sum(c => c.PromisesKept),
                satisfaction.CsatPercent,
                satisfaction.Nps,
                [.. customers.Currencies.Select(c => c.Revenue)]));
        }).ToList();
        var ranks = ScorecardRanking.RanksOf(figures);
        return [.. partners.Select((partner, i) => new PartnerScorecard(partner, period, figures[i], ranks[i], partners.Count))];
    }
}
