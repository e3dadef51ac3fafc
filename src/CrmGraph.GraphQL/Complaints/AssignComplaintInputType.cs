using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Complaints;

public sealed class AssignComplaintInputType : ComplaintChangeInputType<AssignComplaintInput>
{
    public AssignComplaintInputType()
        : base("AssignComplaintInput", "Hands an open complaint to a staff member; its status stays.")
    {
        Field<NonNullGraphType<IdGraphType>>("assigneeId").Description($"The {StaffMemberType.TypeName} who takes it over.");
    }
}
