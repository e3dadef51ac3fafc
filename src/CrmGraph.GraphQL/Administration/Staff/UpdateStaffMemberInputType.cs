using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

public sealed class UpdateStaffMemberInputType : InputObjectGraphType<UpdateStaffMemberInput>
{
    public UpdateStaffMemberInputType()
    {
        Name = "UpdateStaffMemberInput";
        Field<NonNullGraphType<IdGraphType>>("staffMemberId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The staff member's version as read; a stale one is a ConcurrencyConflictError.");
        Field<NonNullGraphType<EnumerationGraphType<StaffRole>>>("role").Description("Takes effect in the staff member's next token.");
        Field<NonNullGraphType<StringGraphType>>("team");
    }
}
