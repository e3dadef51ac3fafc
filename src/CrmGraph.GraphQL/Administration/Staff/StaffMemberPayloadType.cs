using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

public sealed class StaffMemberPayloadType : PayloadType<StaffMember, StaffMemberType>
{
    public StaffMemberPayloadType()
        : base("StaffMemberPayload", "staffMember")
    {
    }
}
