using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class DimensionScoreType : ObjectGraphType<DimensionScore>
{
    public DimensionScoreType()
    {
        Name = "DimensionScore";
        Field<NonNullGraphType<EnumerationGraphType<ServiceQualityDimension>>>("dimension").Resolve(ctx => ctx.Source.Dimension);
        Field(d => d.Perception);
        Field(d => d.Expectation, nullable: true);
        Field<IntGraphType>("gap").Description("Perception − expectation; negative when service fell short.").Resolve(ctx => ctx.Source.Perception - ctx.Source.Expectation);
    }
}
