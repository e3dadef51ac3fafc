using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Partners;

internal static class ScorecardQueries
{
    private const string Visibility = "A partner sees only its own scorecard (with its ranks among all partners); staff with the staff.performance scope see every partner's.";

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerScorecardType>>>>("partnerScorecards")
            .Description($"Every partner's scorecard for the period, by partner name. {Visibility} Anyone else gets AUTH_NOT_AUTHORIZED.")
            .Argument<NonNullGraphType<PeriodInputType>>("period")
            .ResolveAsync(async ctx =>
            {
                var period = ctx.GetArgument<PeriodInput>("period").ToPeriod();
                if (!ScorecardViewer.SeesEveryPartner(ctx) && !ctx.Caller().IsPartner)
                {
                    throw ScorecardViewer.Refusal();
                }

                var scorecards = await PartnerScorecards.OfAllAsync(ctx.Db(), period, ctx.CancellationToken).ConfigureAwait(false);
                return (object)scorecards.Where(s => ScorecardViewer.CanSee(ctx, s.Partner.Id)).ToList();
            });

    /// <summary>Adds <c>Partner.scorecard(period)</c>; the scorecards of a page of partners are computed once.</summary>
    public static void AddTo(ObjectGraphType<Partner> partner) =>
        partner.Field<PartnerScorecardType>("scorecard")
            .Description($"This partner's scorecard for the period. {Visibility} Anyone else gets null and AUTH_NOT_AUTHORIZED.")
            .Argument<NonNullGraphType<PeriodInputType>>("period")
            .Resolve(ctx =>
            {
                var period = ctx.GetArgument<PeriodInput>("period").ToPeriod();
                if (!ScorecardViewer.CanSee(ctx, ctx.Source.Id))
                {
                    throw ScorecardViewer.Refusal();
                }

                var db = ctx.Db();
                return ctx.DataLoaders()
                    .Batch<int, PartnerScorecard>(
                        $"PartnerScorecard:{period.From.UtcTicks}:{period.To.UtcTicks}",
                        async (_, cancellationToken) => (await PartnerScorecards.OfAllAsync(db, period, cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Partner.Id))
                    .LoadAsync(ctx.Source.Id);
            });
}
