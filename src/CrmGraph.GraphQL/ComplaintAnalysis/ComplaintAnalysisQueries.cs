namespace CrmGraph.GraphQL.ComplaintAnalysis;

internal static class ComplaintAnalysisQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplaintAnalysisBucketType>>>>("complaintAnalysis")
            .Description(
                "What the complaints received in a range were about and how they were handled: per month or quarter of receipt (every one, oldest first, for trends), " +
                "per category, severity, root cause, product, partner or channel, or (without 'by') one bucket. A partner counts only its own customers' complaints.")
            .Argument<NonNullGraphType<ComplaintAnalysisFilterInputType>>("where")
            .Argument<EnumerationGraphType<ComplaintAnalysisGrouping>>("by")
            .ResolveAsync(async ctx => await ComplaintAnalysisReports.BuildAsync(
                ctx.Db(), ctx.GetArgument<ComplaintAnalysisFilter>("where"), ctx.GetArgument<ComplaintAnalysisGrouping?>("by"), ctx.CancellationToken).ConfigureAwait(false));
}
