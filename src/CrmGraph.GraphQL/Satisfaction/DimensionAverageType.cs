using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class DimensionAverageType : ObjectGraphType<DimensionAverage>
{
    public DimensionAverageType()
    {
        Name = "DimensionAverage";
        Description = "One service-quality dimension over many responses, on the 0–100 normalised scale (5- and 7-level answers together); null where nobody answered.";
        Field<NonNullGraphType<EnumerationGraphType<ServiceQualityDimension>>>("dimension").Resolve(ctx => ctx.Source.Dimension);
        Field<DecimalGraphType>("perception").Description("Average perceived service.").Resolve(ctx => ctx.Source.Perception);
        Field<DecimalGraphType>("expectation").Description("Average expected service.").Resolve(ctx => ctx.Source.Expectation);
        Field<DecimalGraphType>("gap").Description("Perception − expectation; negative when the service fell short.").Resolve(ctx => ctx.Source.Gap);
    }
}
