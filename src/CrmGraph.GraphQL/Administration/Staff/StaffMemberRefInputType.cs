namespace CrmGraph.GraphQL.Administration.Staff;

public sealed class StaffMemberRefInputType : InputObjectGraphType<StaffMemberRefInput>
{
    public StaffMemberRefInputType()
    {
        Name = "StaffMemberRefInput";
        Field<NonNullGraphType<IdGraphType>>("staffMemberId");
        Field<IntGraphType>("version").Description("The staff member's version as read; when given, a stale one is a ConcurrencyConflictError.");
    }
}
