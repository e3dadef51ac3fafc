using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

internal static class StaffPerformanceQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffPerformanceEntryType>>>>("staffPerformance")
            .Description(
                "Staff figures for a period, for one team or (administrators, naming no team) every team; only the rows the caller " +
                "may see: an administrator everyone's, a service manager their team's, an agent or technician their own. Without " +
                "'team': every team for an administrator, the caller's own team for anyone else. Ordered by team and rank unless 'order' says otherwise; missing figures come last.")
            .Argument<NonNullGraphType<PeriodInputType>>("period")
            .Argument<StringGraphType>("team")
            .Argument<ListGraphType<NonNullGraphType<StaffPerformanceSortInputType>>>("order")
            .AuthorizeWithPolicy(CrmPolicies.StaffPerformance)
            .ResolveAsync(async ctx =>
            {
                var period = ctx.GetArgument<PeriodInput>("period").ToPeriod();
                var visibility = await PerformanceViewer.VisibilityOf(ctx).GetResultAsync(ctx.CancellationToken).ConfigureAwait(false);
                var team = ctx.GetArgument<string?>("team") ?? (visibility.SeesEveryTeam ? null : visibility.OwnTeam);
                if (!visibility.SeesAnyoneIn(team))
                {
                    return (IReadOnlyList<StaffPerformanceEntry>)[];
                }

                var db = ctx.Db();
                var roster = team is null ? db.StaffMembers : db.StaffMembers.Where(s => s.Team == team);
                var entries = await StaffPerformanceReport.OfTeamsAsync(db, roster, period, ctx.CancellationToken).ConfigureAwait(false);
                return StaffPerformanceOrdering.Apply(
                    [.. entries.Where(e => visibility.CanSee(e.StaffMember))],
                    ctx.GetArgument<List<Sort<StaffPerformanceSortField>>?>("order"));
            });
}
