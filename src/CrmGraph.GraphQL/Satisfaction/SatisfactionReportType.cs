namespace CrmGraph.GraphQL.Satisfaction;

public sealed class SatisfactionReportType : ObjectGraphType<SatisfactionReport>
{
    public SatisfactionReportType()
    {
        Name = "SatisfactionReport";
        Description = "Satisfaction figures of the matching survey responses, rounded to two decimals, overall and per bucket.";
        SatisfactionFigureFields.AddTo(this, r => r.Figures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatisfactionBucketType>>>>("buckets")
            .Description("One per period, product, staff member or partner with responses, in order (periods oldest first, others by id, 'none' last); without 'by', one bucket holding everything.")
            .Resolve(ctx => ctx.Source.Buckets);
    }
}
