namespace CrmGraph.GraphQL.Orders;

public sealed class CompleteServiceOrderInput : VersionedInput
{
    public DateTimeOffset? CompletedAt { get; set; }

    public string WorkNotes { get; set; } = string.Empty;
}
