using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Customers;

public sealed class CustomerFilterInputType : InputObjectGraphType<CustomerFilter>
{
    public CustomerFilterInputType()
    {
        Name = "CustomerFilterInput";
        Description = "Conditions on customers; all given conditions must hold.";
        Field(f => f.Search, nullable: true).Description("Text found in the name, code or email (case-insensitive).");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CustomerStatus>>>>("status").Description("Any of these statuses.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CustomerSegment>>>>("segment").Description("Any of these segments.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<LoyaltyTier>>>>("loyaltyTier").Description("Any of these tiers.");
        Field<IdGraphType>("partnerId").Description($"Owned by this {PartnerType.TypeName}.");
        Field<IdGraphType>("accountManagerId").Description($"Managed by this {StaffMemberType.TypeName}.");
    }
}
