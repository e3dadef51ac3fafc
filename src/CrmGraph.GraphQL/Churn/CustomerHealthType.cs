using CrmGraph.Domain.Churn;

namespace CrmGraph.GraphQL.Churn;

public sealed class CustomerHealthType : ObjectGraphType<HealthScore>
{
    public CustomerHealthType()
    {
        Name = "CustomerHealth";
        Description = "The churn-risk score, 0 (healthy) to 100, with the indicators it is made of, computed when asked.";
        Field<NonNullGraphType<DecimalGraphType>>("score").Description("The sum of the factors' contributions.").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<InstantGraphType>>("asOf").Description("The instant the indicators were counted at.").Resolve(ctx => ctx.Source.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthFactorType>>>>("factors").Resolve(ctx => ctx.Source.Factors);
    }
}
