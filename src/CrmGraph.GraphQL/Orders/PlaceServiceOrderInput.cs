using CrmGraph.GraphQL.Pricing;

namespace CrmGraph.GraphQL.Orders;

public sealed class PlaceServiceOrderInput : QuoteRequestInput
{
    public string? StaffMemberId { get; set; }

    public DateTimeOffset? ScheduledFor { get; set; }
}
