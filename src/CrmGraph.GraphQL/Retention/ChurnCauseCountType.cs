using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;

namespace CrmGraph.GraphQL.Retention;

public sealed class ChurnCauseCountType : ObjectGraphType<ChurnCauseCount>
{
    public ChurnCauseCountType()
    {
        Name = "ChurnCauseCount";
        Description = "Customers lost for one cause.";
        Field<NonNullGraphType<EnumerationGraphType<ChurnCause>>>("cause").Resolve(ctx => ctx.Source.Cause);
        Field<NonNullGraphType<EnumerationGraphType<ChurnCauseSide>>>("side")
            .Description("COMPANY for product, service, staff and image; OUTSIDE for customer-side, competitor, social and other.")
            .Resolve(ctx => ctx.Source.Side);
        Field<NonNullGraphType<IntGraphType>>("customers").Description("Churns recorded for it in the bucket.").Resolve(ctx => ctx.Source.Churned);
    }
}
