using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Partners;

namespace CrmGraph.GraphQL.Retention;

public sealed class RetentionFilterInputType : InputObjectGraphType<RetentionFilter>
{
    public RetentionFilterInputType()
    {
        Name = "RetentionFilterInput";
        Description = "The time range of a retention report and whose customers it counts.";
        Field<NonNullGraphType<InstantGraphType>>("from").Description("The range starts at this instant (included).");
        Field<NonNullGraphType<InstantGraphType>>("to").Description("The range ends at this instant (excluded).");
        Field<IdGraphType>("partnerId").Description($"Only customers of this {PartnerType.TypeName}.");
        Field<EnumerationGraphType<CustomerSegment>>("segment").Description("Only customers of this segment.");
    }
}
