namespace CrmGraph.GraphQL.Satisfaction;

internal static class SatisfactionQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<SatisfactionReportType>>("satisfaction")
            .Description("CSAT, average normalised score, NPS and the service-quality dimensions of the matching survey responses, overall and bucketed. A partner counts only its own customers' responses.")
            .Argument<SatisfactionFilterInputType>("where")
            .Argument<EnumerationGraphType<SatisfactionGrouping>>("by", "Split into buckets by period (UTC; weeks start on Monday), product, staff member or partner.")
            .ResolveAsync(async ctx => await SatisfactionReports.BuildAsync(
                ctx.Db(), ctx.GetArgument<SatisfactionFilter?>("where"), ctx.GetArgument<SatisfactionGrouping?>("by"), ctx.CancellationToken).ConfigureAwait(false));
}
