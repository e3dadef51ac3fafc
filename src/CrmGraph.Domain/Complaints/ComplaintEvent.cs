namespace CrmGraph.Domain.Complaints;

/// <summary>One entry of a complaint's append-only audit trail: what changed, from what to what, who and when.</summary>
public sealed class ComplaintEvent
{
    private ComplaintEvent()
    {
    }

    internal ComplaintEvent(
        ComplaintEventKind kind,
        ComplaintStatus? fromStatus,
        ComplaintStatus? toStatus,
        int? actorStaffId,
        DateTimeOffset at,
        string? note)
    {
        Kind = kind;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        ActorStaffId = actorStaffId;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    public int ComplaintId { get; private set; }

    public ComplaintEventKind Kind { get; private set; }

    public ComplaintStatus? FromStatus { get; private set; }

    public ComplaintStatus? ToStatus { get; private set; }

    public int? ActorStaffId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}
