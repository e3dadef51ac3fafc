using CrmGraph.Domain.Satisfaction;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Satisfaction;

public sealed class SatisfactionFilterInputType : InputObjectGraphType<SatisfactionFilter>
{
    public SatisfactionFilterInputType()
    {
        Name = "SatisfactionFilterInput";
        Description = "Which survey responses to count; all given conditions must hold.";
        Field<InstantGraphType>("from").Description("Answered at or after this instant.");
        Field<InstantGraphType>("to").Description("Answered before this instant.");
        Field<IdGraphType>("productId").Description($"About this {ServiceProductType.TypeName}: an order whose first line is of it, or a complaint about it.");
        Field<IdGraphType>("staffMemberId").Description($"Rating the work of this {StaffMemberType.TypeName}.");
        Field<IdGraphType>("partnerId").Description($"From customers of this {PartnerType.TypeName}.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<FeedbackChannel>>>>("channel").Description("Gathered through any of these channels.");
    }
}
