using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Complaints;

public sealed class ComplaintEventType : ObjectGraphType<ComplaintEvent>
{
    public ComplaintEventType()
    {
        Name = "ComplaintEvent";
        Description = "One entry of a complaint's append-only audit trail.";
        Field<NonNullGraphType<EnumerationGraphType<ComplaintEventKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<EnumerationGraphType<ComplaintStatus>>("fromStatus").Resolve(ctx => ctx.Source.FromStatus);
        Field<EnumerationGraphType<ComplaintStatus>>("toStatus").Resolve(ctx => ctx.Source.ToStatus);
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field(e => e.Note, nullable: true);
        Field<StaffMemberType>("actor").Description("Who made the change; null for the system.").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.ActorStaffId));
    }
}
