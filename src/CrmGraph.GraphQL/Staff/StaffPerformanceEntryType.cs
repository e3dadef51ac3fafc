namespace CrmGraph.GraphQL.Staff;

public sealed class StaffPerformanceEntryType : ObjectGraphType<StaffPerformanceEntry>
{
    public StaffPerformanceEntryType()
    {
        Name = "StaffPerformanceEntry";
        Description = "A staff member and their figures for the period asked for.";
        Field<NonNullGraphType<StaffMemberType>>("staffMember").Resolve(ctx => ctx.Source.StaffMember);
        Field<NonNullGraphType<StaffPerformanceType>>("figures").Resolve(ctx => ctx.Source.Figures);
    }
}
