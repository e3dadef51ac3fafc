using System.Globalization;
using CrmGraph.Domain.History;

namespace CrmGraph.Domain.Complaints;

/// <summary>
/// A customer's complaint and its handling: lifecycle, promised times and an append-only audit trail.
/// </summary>
public sealed class Complaint : IVersioned, IAggregate
{
    public const int MaxTextLength = 4000;

    private readonly List<ComplaintEvent> _events = [];
    private readonly RecordedEvents _recorded = new();

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

    public ComplaintRootCause? RootCause { get; private set; }

    public decimal? CompensationAmount { get; private set; }

    public string? CompensationCurrency { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<ComplaintEvent> Events => _events;

    public Money? Compensation =>
        CompensationAmount is { } amount && CompensationCurrency is { } currency ? new Money(amount, currency) : null;

    public bool IsOpen => Status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed);

    IReadOnlyList<DomainEvent> IAggregate.RecordedEvents => _recorded.All;

    public void BumpVersion() => Version++;

    void IAggregate.ClearRecordedEvents() => _recorded.Clear();

    public static Outcome<Complaint> File(
        string number,
        int customerId,
        int? serviceProductId,
        int? serviceOrderId,
        ContactChannel channel,
        ComplaintCategory category,
        ComplaintSeverity severity,
        string description,
        SlaTargets targets,
        DateTimeOffset receivedAt,
        int? actor)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(number))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "A complaint number is required.", "number"));
        }

        if (RequireText(description, "description", "Describe what the customer complains about.") is { } descriptionError)
        {
            errors.Add(descriptionError);
        }

        if (errors.Count > 0)
        {
            return Outcome<Complaint>.Failure(errors);
        }

        var complaint = new Complaint
        {
            Number = number.Trim(),
            CustomerId = customerId,
            ServiceProductId = serviceProductId,
            ServiceOrderId = serviceOrderId,
            Channel = channel,
            Category = category,
            Severity = severity,
            Description = description.Trim(),
            Status = ComplaintStatus.Received,
            ReceivedAt = receivedAt,
            FirstResponseDueAt = receivedAt + targets.FirstResponse,
            ResolutionDueAt = receivedAt + targets.Resolution,
        };
        complaint.Append(ComplaintEventKind.Filed, null, ComplaintStatus.Received, actor, receivedAt, null);
        complaint._recorded.Record(new ComplaintFiled(severity, category, channel, actor, receivedAt));
        return Outcome<Complaint>.Success(complaint);
    }

    public DomainError? Acknowledge(int? by, DateTimeOffset at)
    {
        if (CheckMove(ComplaintStatus.Acknowledged, at) is { } error)
        {
            return error;
        }

        MoveTo(ComplaintStatus.Acknowledged, ComplaintEventKind.Acknowledged, by, at, null);
        RecordFirstResponse(at);
        return null;
    }

    /// <summary>Hands the complaint to a staff member; the status stays, the trail records who took it over.</summary>
    public DomainError? Assign(int assigneeId, int? by, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            return new DomainError(
                DomainErrorCodes.InvalidTransition, $"Complaint {Number} is {Status}; reopen it before assigning it.", "assigneeId");
        }

        if (CheckTime(at) is { } error)
        {
            return error;
        }

        if (AssigneeId == assigneeId)
        {
            return null;
        }

        var note = AssigneeId is { } previous
            ? $"Assigned to staff member {assigneeId} (was {previous})."
            : $"Assigned to staff member {assigneeId}.";
        _recorded.Record(new ComplaintAssigned(assigneeId, AssigneeId, Severity, by, at));
        AssigneeId = assigneeId;
        Append(ComplaintEventKind.Assigned, null, null, by, at, note);
        return null;
    }

    public DomainError? StartWork(int? by, DateTimeOffset at)
    {
        if (CheckMove(ComplaintStatus.InProgress, at) is { } error)
        {
            return error;
        }

        MoveTo(ComplaintStatus.InProgress, ComplaintEventKind.WorkStarted, by, at, null);
        RecordFirstResponse(at);
        return null;
    }

    public DomainError? Escalate(string reason, int? by, DateTimeOffset at)
    {
        if ((CheckMove(ComplaintStatus.Escalated, at) ?? RequireText(reason, "reason", "Say why the complaint goes to a manager.")) is { } error)
        {
            return error;
        }

        MoveTo(ComplaintStatus.Escalated, ComplaintEventKind.Escalated, by, at, reason.Trim());
        return null;
    }

    public DomainError? Resolve(string resolution, ComplaintRootCause rootCause, Money? compensation, int? by, DateTimeOffset at)
    {
        var error = CheckMove(ComplaintStatus.Resolved, at)
            ?? RequireText(resolution, "resolution", "Describe how the complaint was resolved.")
            ?? CheckCompensation(compensation);
        if (error is not null)
        {
            return error;
        }

        Resolution = resolution.Trim();
        RootCause = rootCause;
        CompensationAmount = compensation?.Amount;
        CompensationCurrency = compensation?.Currency;
        ResolvedAt = at;
        MoveTo(ComplaintStatus.Resolved, ComplaintEventKind.Resolved, by, at, Resolution);

        // An escalated complaint can be resolved without anyone acknowledging it; the resolution is then the first answer.
        RecordFirstResponse(at);
        RecordResolution(at);
        return null;
    }

    public DomainError? Close(int? by, DateTimeOffset at)
    {
        if (CheckMove(ComplaintStatus.Closed, at) is { } error)
        {
            return error;
        }

        ClosedAt = at;
        MoveTo(ComplaintStatus.Closed, ComplaintEventKind.Closed, by, at, null);
        return null;
    }

    /// <summary>
    /// Puts a resolved or closed complaint back into work. A resolution that was on time no longer counts,
    /// so the resolution promise is undecided again; a breach already recorded stays.
    /// </summary>
    public DomainError? Reopen(string reason, int? by, DateTimeOffset at)
    {
        if ((CheckMove(ComplaintStatus.Reopened, at) ?? RequireText(reason, "reason", "Say why the complaint is reopened.")) is { } error)
        {
            return error;
        }

        ResolvedAt = null;
        ClosedAt = null;
        if (ResolutionBreached == false)
        {
            ResolutionBreached = null;
        }

        MoveTo(ComplaintStatus.Reopened, ComplaintEventKind.Reopened, by, at, reason.Trim());
        return null;
    }

    public DomainError? AddNote(string text, int? by, DateTimeOffset at)
    {
        if ((RequireText(text, "text", "A note needs some text.") ?? CheckTime(at)) is { } error)
        {
            return error;
        }

        Append(ComplaintEventKind.NoteAdded, null, null, by, at, text.Trim());
        _recorded.Record(new ComplaintNoteAdded(Severity, by, at));
        return null;
    }

    /// <summary>
    /// Marks each promise whose due time has passed with nothing done as breached, once; returns the breach
    /// events appended by this call (none when nothing new was found).
    /// </summary>
    public IReadOnlyList<ComplaintEvent> DetectBreaches(DateTimeOffset now)
    {
        var found = new List<ComplaintEvent>();
        if (FirstResponseBreached is null && now > FirstResponseDueAt)
        {
            FirstResponseBreached = true;
            found.Add(AppendBreach(ComplaintEventKind.FirstResponseBreached, now));
        }

        if (ResolutionBreached is null && now > ResolutionDueAt)
        {
            ResolutionBreached = true;
            found.Add(AppendBreach(ComplaintEventKind.ResolutionBreached, now));
        }

        if (found.Count > 0)
        {
            _recorded.Record(new ComplaintSlaBreached(found.Select(e => e.Kind).ToList(), Severity, now));
        }

        return found;
    }

    // The first acknowledgement or start of work is the first response; AcknowledgedAt keeps its time.
    private void RecordFirstResponse(DateTimeOffset at)
    {
        if (AcknowledgedAt is null)
        {
            AcknowledgedAt = at;
            FirstResponseBreached ??= Judge(ComplaintEventKind.FirstResponseBreached, FirstResponseDueAt, at);
        }
    }

    private void RecordResolution(DateTimeOffset at) =>
        ResolutionBreached ??= Judge(ComplaintEventKind.ResolutionBreached, ResolutionDueAt, at);

    // A promise kept late is still breached, and the breach belongs in the trail.
    private bool Judge(ComplaintEventKind breach, DateTimeOffset dueAt, DateTimeOffset at)
    {
        var late = at > dueAt;
        if (late)
        {
            AppendBreach(breach, at);
        }

        return late;
    }

    private DomainError? CheckMove(ComplaintStatus to, DateTimeOffset at) =>
        ComplaintTransitions.IsAllowed(Status, to)
            ? CheckTime(at)
            : new DomainError(DomainErrorCodes.InvalidTransition, $"Complaint {Number} cannot go from {Status} to {to}.");

    // The trail must read forwards from receipt; an action dated earlier is a mistake in the input.
    private DomainError? CheckTime(DateTimeOffset at) =>
        at < ReceivedAt
            ? new DomainError(DomainErrorCodes.Validation, $"Complaint {Number} was received at {Format(ReceivedAt)}; nothing can happen to it earlier.", "at")
            : null;

    private static DomainError? CheckCompensation(Money? compensation) => compensation switch
    {
        { Amount: < 0m } => new DomainError(DomainErrorCodes.Validation, "Compensation cannot be negative.", "compensation"),
        { Currency: var currency } when string.IsNullOrWhiteSpace(currency) =>
            new DomainError(DomainErrorCodes.Validation, "Compensation needs a currency.", "compensation"),
        _ => null,
    };

    private static DomainError? RequireText(string? text, string field, string whenMissing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DomainError(DomainErrorCodes.Validation, whenMissing, field);
        }

        return text.Trim().Length > MaxTextLength
            ? new DomainError(DomainErrorCodes.Validation, $"The {field} is at most {MaxTextLength} characters.", field)
            : null;
    }

    private void MoveTo(ComplaintStatus to, ComplaintEventKind kind, int? by, DateTimeOffset at, string? note)
    {
        var from = Status;
        Status = to;
        Append(kind, from, to, by, at, note);
        _recorded.Record(new ComplaintTransitioned(kind, from, to, Severity, by, at));
    }

    private ComplaintEvent AppendBreach(ComplaintEventKind breach, DateTimeOffset at)
    {
        var (promise, dueAt) = breach == ComplaintEventKind.FirstResponseBreached
            ? ("First response", FirstResponseDueAt)
            : ("Resolution", ResolutionDueAt);
        return Append(breach, null, null, null, at, $"{promise} was due at {Format(dueAt)}.");
    }

    private ComplaintEvent Append(ComplaintEventKind kind, ComplaintStatus? from, ComplaintStatus? to, int? by, DateTimeOffset at, string? note)
    {
        var entry = new ComplaintEvent(kind, from, to, by, at, note);
        _events.Add(entry);
        return entry;
    }

    private static string Format(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
