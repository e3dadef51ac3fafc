namespace CrmGraph.GraphQL.ComplaintAnalysis;

public sealed class ComplaintShareType : ObjectGraphType<ComplaintShare>
{
    public ComplaintShareType()
    {
        Name = "ComplaintShare";
        Description = "The complaints received in a bucket with one category, severity, root cause, product, partner or channel; only that field is set.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The enum value or the id; 'none' when the complaints have none (e.g. no root cause yet).").Resolve(ctx => ComplaintKeyFields.KeyOf(ctx.Source.Dimension, ctx.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(ctx => ComplaintKeyFields.LabelOf(ctx, ctx.Source.Dimension, ctx.Source.Key));
        ComplaintKeyFields.AddTo(this, s => s.Key);
        Field<NonNullGraphType<IntGraphType>>("complaints").Resolve(ctx => ctx.Source.Complaints);
        Field<DecimalGraphType>("sharePercent").Description("Of the bucket's complaints.").Resolve(ctx => ctx.Source.SharePercent);
    }
}
