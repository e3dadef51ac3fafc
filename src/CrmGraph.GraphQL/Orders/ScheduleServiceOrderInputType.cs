using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Orders;

public sealed class ScheduleServiceOrderInputType : VersionedInputType<ScheduleServiceOrderInput>
{
    public ScheduleServiceOrderInputType()
        : base("ScheduleServiceOrderInput", ServiceOrderType.TypeName, "A placed (or already scheduled) order and its appointment.")
    {
        Field<NonNullGraphType<InstantGraphType>>("scheduledFor").Description("When the service is delivered; not in the past.");
        Field<NonNullGraphType<IdGraphType>>("technicianId").Description($"An active {StaffMemberType.TypeName} with the Technician role.");
    }
}
