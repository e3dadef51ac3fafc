using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

public sealed class CreateStaffMemberInputType : InputObjectGraphType<CreateStaffMemberInput>
{
    public CreateStaffMemberInputType()
    {
        Name = "CreateStaffMemberInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"At most {StaffMember.MaxNameLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("email").Description("Unique; also the sign-in name of the staff member's account.");
        Field<NonNullGraphType<EnumerationGraphType<StaffRole>>>("role");
        Field<NonNullGraphType<StringGraphType>>("team").Description($"At most {StaffMember.MaxTeamLength} characters.");
    }
}
