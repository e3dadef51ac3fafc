namespace CrmGraph.GraphQL.Orders;

public sealed class ScheduleServiceOrderInput : VersionedInput
{
    public DateTimeOffset ScheduledFor { get; set; }

    public string TechnicianId { get; set; } = string.Empty;
}
