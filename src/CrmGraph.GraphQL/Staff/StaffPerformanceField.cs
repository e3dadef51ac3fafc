using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

/// <summary>
/// <c>StaffMember.performance(period)</c>. Asked for a whole page of staff, the figures of all their teams are
/// counted together, in the same few grouped statements as for one.
/// </summary>
internal static class StaffPerformanceField
{
    public static void AddTo(ObjectGraphType<StaffMember> type) =>
        type.Field<StaffPerformanceType>("performance")
            .Description(
                "Their figures for the period, ranked within their team. An administrator sees everyone's, a service manager their " +
                "team's, an agent or technician their own; asking about anyone else is an AUTH_NOT_AUTHORIZED error naming the rule.")
            .Argument<NonNullGraphType<PeriodInputType>>("period")
            .AuthorizeWithPolicy(CrmPolicies.StaffPerformance)
            .Resolve(ctx =>
            {
                var period = ctx.GetArgument<PeriodInput>("period").ToPeriod();
                var member = ctx.Source;
                var db = ctx.Db();
                return PerformanceViewer.VisibilityOf(ctx).Then(visibility => visibility.CanSee(member)
                    ? ctx.DataLoaders()
                        .Batch<int, StaffPerformanceFigures>(
                            $"StaffPerformance:{period.From.UtcTicks}:{period.To.UtcTicks}",
                            async (ids, cancellationToken) =>
                                (await StaffPerformanceReport.OfTeamsAsync(db, StaffPerformanceReport.TeamsOf(db, ids), period, cancellationToken).ConfigureAwait(false))
                                .ToDictionary(e => e.StaffMember.Id, e => e.Figures))
                        .LoadAsync(member.Id)
                    : throw PerformanceViewer.Refusal(member, visibility));
            });
}
