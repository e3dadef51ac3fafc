using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

public sealed class StaffDeactivationPayloadType : ObjectGraphType<Payload<StaffDeactivation>>
{
    public StaffDeactivationPayloadType()
    {
        Name = "DeactivateStaffMemberPayload";
        Field<StaffMemberType>("staffMember").Description("The deactivated staff member; null when there are errors.").Resolve(ctx => ctx.Source.Result?.StaffMember);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplaintType>>>>("openComplaintsToReassign")
            .Description("Open complaints still assigned to the staff member: reassign them with assignComplaint.")
            .Resolve(ctx => ctx.Source.Result?.OpenComplaints ?? []);
        PayloadErrorsField.AddTo(this);
    }
}
