using CrmGraph.Domain.History;

namespace CrmGraph.GraphQL.History;

public sealed class RecordInteractionInput
{
    public string CustomerId { get; set; } = string.Empty;

    public ContactChannel Channel { get; set; }

    public InteractionKind Kind { get; set; }

    public InteractionOutcome Outcome { get; set; }

    public string? StaffMemberId { get; set; }

    public DateTimeOffset? OccurredAt { get; set; }

    public string? Notes { get; set; }
}
