using CrmGraph.GraphQL.Pricing;

namespace CrmGraph.GraphQL.Orders;

public sealed class CreateEstimateInput : QuoteRequestInput
{
    public DateTimeOffset? ValidUntil { get; set; }

    public string? StaffMemberId { get; set; }
}
