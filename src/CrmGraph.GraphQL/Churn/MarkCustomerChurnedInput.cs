using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Churn;

public sealed class MarkCustomerChurnedInput
{
    public string CustomerId { get; set; } = string.Empty;

    public int? Version { get; set; }

    public ChurnCause Cause { get; set; }

    public string? Note { get; set; }
}
