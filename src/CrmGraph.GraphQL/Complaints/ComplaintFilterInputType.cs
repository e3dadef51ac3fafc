using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Complaints;

public sealed class ComplaintFilterInputType : InputObjectGraphType<ComplaintFilter>
{
    public ComplaintFilterInputType()
    {
        Name = "ComplaintFilterInput";
        Description = "Conditions on complaints; all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<ComplaintStatus>>>>("status").Description("Any of these statuses.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<ComplaintSeverity>>>>("severity").Description("Any of these severities.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<ComplaintCategory>>>>("category").Description("Any of these categories.");
        Field<IdGraphType>("assigneeId").Description($"Assigned to this {StaffMemberType.TypeName}.");
        Field<BooleanGraphType>("breached").Description("True: the first response or the resolution came (or is) late. False: neither promise broken so far.");
        Field<BooleanGraphType>("overdue").Description("True: open, and the first response (if none was given) or the resolution is due before now. False: all others.");
        Field<InstantGraphType>("receivedFrom").Description("Received at or after this instant.");
        Field<InstantGraphType>("receivedTo").Description("Received before this instant.");
    }
}
