using CrmGraph.Domain.Churn;

namespace CrmGraph.GraphQL.Churn;

public sealed class HealthFactorType : ObjectGraphType<HealthFactor>
{
    public HealthFactorType()
    {
        Name = "HealthFactor";
        Description = "One churn indicator's part in a health score: contribution = weight × value.";
        Field<NonNullGraphType<EnumerationGraphType<HealthFactorName>>>("name").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<DecimalGraphType>>("weight").Description("The most points the indicator can add.").Resolve(ctx => ctx.Source.Weight);
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("How strongly the indicator signals risk, 0–1 (four places).").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<DecimalGraphType>>("contribution")
            .Description("The points it adds: weight × value, to two places. The contributions sum to the score.")
            .Resolve(ctx => ctx.Source.Contribution);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("What was counted, in words.").Resolve(ctx => ctx.Source.Explanation);
    }
}
