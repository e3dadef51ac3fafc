namespace CrmGraph.GraphQL.Retention;

internal static class RetentionQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionBucketType>>>>("retention")
            .Description(
                "How many customers were kept and lost, and why, with their orders: per month or quarter of the range (every one, oldest first), " +
                "per partner or segment over the whole range, or (without 'by') one bucket for the range. A partner counts only its own customers.")
            .Argument<NonNullGraphType<RetentionFilterInputType>>("where")
            .Argument<EnumerationGraphType<RetentionGrouping>>("by")
            .ResolveAsync(async ctx => await RetentionReports.BuildAsync(
                ctx.Db(), ctx.GetArgument<RetentionFilter>("where"), ctx.GetArgument<RetentionGrouping?>("by"), ctx.CancellationToken).ConfigureAwait(false));
}
