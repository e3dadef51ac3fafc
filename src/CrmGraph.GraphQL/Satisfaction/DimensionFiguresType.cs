using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class DimensionFiguresType : ObjectGraphType<DimensionFigures>
{
    public DimensionFiguresType()
    {
        Name = "DimensionFigures";
        Description = "One service-quality dimension over a set of responses, each score normalised to 0–100 so that 5- and 7-level answers average together.";
        Field<NonNullGraphType<EnumerationGraphType<ServiceQualityDimension>>>("dimension").Resolve(ctx => ctx.Source.Dimension);
        Field(d => d.AveragePerception, nullable: true).Description("Average perceived service; null when no response scored this dimension.");
        Field(d => d.AverageExpectation, nullable: true).Description("Average expected service; null when no response gave an expectation.");
        Field(d => d.Gap, nullable: true)
            .Description("Average of perception − expectation over the responses that gave both (so it can differ from averagePerception − averageExpectation); negative: the service fell short.");
    }
}
