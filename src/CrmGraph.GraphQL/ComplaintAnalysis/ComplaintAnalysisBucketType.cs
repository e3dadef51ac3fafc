namespace CrmGraph.GraphQL.ComplaintAnalysis;

public sealed class ComplaintAnalysisBucketType : ObjectGraphType<ComplaintAnalysisBucket>
{
    public ComplaintAnalysisBucketType()
    {
        Name = "ComplaintAnalysisBucket";
        Description =
            "The complaints received in one period, or with one value of a dimension over the range, and how they were handled. Percentages and hours are " +
            "rounded to two places and null when there was nothing to measure.";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description("Stable: a month (2026-03) or quarter (2026-Q1); the enum value or id of the dimension ('none' without one); 'all' without grouping.")
            .Resolve(ctx => IsDimension(ctx.Source) ? ComplaintKeyFields.KeyOf(ctx.Source.By!.Value, ctx.Source.Key) : ctx.Source.Periods.Describe(ctx.Source.Key.Period).Key);
        Field<NonNullGraphType<StringGraphType>>("label")
            .Resolve(ctx => IsDimension(ctx.Source) ? ComplaintKeyFields.LabelOf(ctx, ctx.Source.By!.Value, ctx.Source.Key) : ctx.Source.Periods.Describe(ctx.Source.Key.Period).Label);
        Field<NonNullGraphType<InstantGraphType>>("periodStart").Resolve(ctx => ctx.Source.Periods.StartOf(ctx.Source.Key.Period));
        Field<NonNullGraphType<InstantGraphType>>("periodEnd").Description("Excluded; the backlog is counted at this instant.").Resolve(ctx => ctx.Source.Periods.EndOf(ctx.Source.Key.Period));
        ComplaintKeyFields.AddTo(this, b => b.Key);
        Field<NonNullGraphType<IntGraphType>>("received").Resolve(ctx => ctx.Source.Figures.Received);
        Field<DecimalGraphType>("firstResponseCompliancePercent")
            .Description("Of the complaints received whose first-response promise is decided (met or breached), the share that met it.")
            .Resolve(ctx => ctx.Source.Figures.FirstResponseCompliancePercent);
        Field<DecimalGraphType>("resolutionCompliancePercent")
            .Description("Of the complaints received whose resolution promise is decided, the share that met it.")
            .Resolve(ctx => ctx.Source.Figures.ResolutionCompliancePercent);
        Field<DecimalGraphType>("averageFirstResponseHours").Description("Receipt to first response, over the complaints received that were answered.").Resolve(ctx => ctx.Source.Figures.FirstResponse.AverageHours);
        Field<DecimalGraphType>("p90FirstResponseHours")
            .Description("The 90th percentile (nearest rank) of those times: the smallest that at least 90 % of them do not exceed.")
            .Resolve(ctx => ctx.Source.Figures.FirstResponse.Percentile90Hours);
        Field<DecimalGraphType>("averageResolutionHours").Description("Receipt to resolution, over the complaints received that stand resolved.").Resolve(ctx => ctx.Source.Figures.Resolution.AverageHours);
        Field<DecimalGraphType>("p90ResolutionHours").Description("The 90th percentile (nearest rank) of those times.").Resolve(ctx => ctx.Source.Figures.Resolution.Percentile90Hours);
        Field<DecimalGraphType>("reopenRatePercent").Description("Of the complaints received that were ever resolved, the share reopened at least once.").Resolve(ctx => ctx.Source.Figures.ReopenRatePercent);
        Field<DecimalGraphType>("escalationRatePercent").Description("Of the complaints received, the share escalated at least once.").Resolve(ctx => ctx.Source.Figures.EscalationRatePercent);
        Field<NonNullGraphType<IntGraphType>>("openBacklogAtEnd")
            .Description("Complaints open (received and not resolved or closed, or reopened since) at periodEnd, whenever received.")
            .Resolve(ctx => ctx.Source.Figures.OpenBacklogAtEnd);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplaintShareType>>>>("breakdown")
            .Description("The complaints received counted by category, severity, root cause, product, partner and channel (one entry per value with complaints), most first within each.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<ComplaintAnalysisGrouping>>>>("dimensions", "Only these dimensions (periods are ignored); all six by default.")
            .Resolve(ctx => ctx.GetArgument<List<ComplaintAnalysisGrouping>?>("dimensions") is { } only
                ? ctx.Source.Breakdown.Where(s => only.Contains(s.Dimension)).ToList()
                : ctx.Source.Breakdown);
    }

    private static bool IsDimension(ComplaintAnalysisBucket bucket) => bucket.By is { } by && by != ComplaintAnalysisGrouping.Month && by != ComplaintAnalysisGrouping.Quarter;
}
