using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class DimensionScoreInputType : InputObjectGraphType<DimensionScoreInput>
{
    public DimensionScoreInputType()
    {
        Name = "DimensionScoreInput";
        Description = "One service-quality dimension, scored on the survey's own scale.";
        Field<NonNullGraphType<EnumerationGraphType<ServiceQualityDimension>>>("dimension");
        Field<NonNullGraphType<IntGraphType>>("perception").Description("The service as perceived, 1 up to the scale's levels.");
        Field<IntGraphType>("expectation").Description("The service as expected beforehand, on the same scale.");
    }
}
