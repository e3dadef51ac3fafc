using CrmGraph.Domain.History;

namespace CrmGraph.Domain.Complaints;

/// <summary>
/// A customer's complaint and its handling: lifecycle, promised times and an append-only audit trail.
/// </summary>
public sealed partial class Complaint : IVersioned
{
    private readonly List<ComplaintEvent> _events = [];

    private Complaint()
    {
        Number = string.Empty;
        Description = string.Empty;
    }

    public int Id { get; private set; }

    public string Number { get; private set; }

    public int CustomerId { get; private set; }

    public int? ServiceProductId { get; private set; }

    public int? ServiceOrderId { get; private set; }

    public ContactChannel Channel { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public ComplaintSeverity Severity { get; private set; }

    public string Description { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public int? AssigneeId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset FirstResponseDueAt { get; private set; }

    public DateTimeOffset ResolutionDueAt { get; private set; }

    /// <summary>Null while undecided; true once the first response came late (or the due time passed without one).</summary>
    public bool? FirstResponseBreached { get; private set; }

    /// <summary>Null while undecided; true once resolution came late (or the due time passed without one).</summary>
    public bool? ResolutionBreached { get; private set; }

    public string? Resolution { get; private set; }

    public RootCauseCategory? RootCause { get; private set; }

    public decimal? CompensationAmount { get; private set; }

    public string? CompensationCurrency { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<ComplaintEvent> Events => _events;

    public Money? Compensation =>
        CompensationAmount is { } amount && CompensationCurrency is { } currency ? new Money(amount, currency) : null;

    public bool IsOpen => Status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed);

    public void BumpVersion() => Version++;
}
