namespace CrmGraph.Domain.History;

/// <summary>A service encounter, a "moment of truth": one contact between the customer and the company.</summary>
public sealed class Interaction : IAggregate
{
    private readonly RecordedEvents _recorded = new();

    public const int MaxNotesLength = 4000;

    private Interaction()
    {
    }

    public int Id { get; private set; }

    public int CustomerId { get; private set; }

    public ContactChannel Channel { get; private set; }

    public InteractionKind Kind { get; private set; }

    public InteractionOutcome Outcome { get; private set; }

    public int? StaffMemberId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? Notes { get; private set; }

    public static Outcome<Interaction> Record(
        int customerId,
        ContactChannel channel,
        InteractionKind kind,
        InteractionOutcome outcome,
        int? staffMemberId,
        DateTimeOffset occurredAt,
        string? notes,
        DateTimeOffset now)
    {
        if (occurredAt > now.AddMinutes(5))
        {
            return Outcome<Interaction>.Failure(new DomainError(
                DomainErrorCodes.Validation, "An interaction cannot be recorded in the future.", "occurredAt"));
        }

        if (notes is { Length: > MaxNotesLength })
        {
            return Outcome<Interaction>.Failure(new DomainError(
                DomainErrorCodes.Validation, $"Notes are at most {MaxNotesLength} characters.", "notes"));
        }

        var interaction = new Interaction
        {
            CustomerId = customerId,
            Channel = channel,
            Kind = kind,
            Outcome = outcome,
            StaffMemberId = staffMemberId,
            OccurredAt = occurredAt,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
        };
        interaction._recorded.Record(new InteractionRecorded(channel, kind, outcome, staffMemberId, occurredAt));
        return Outcome<Interaction>.Success(interaction);
    }

    IReadOnlyList<DomainEvent> IAggregate.RecordedEvents => _recorded.All;

    void IAggregate.ClearRecordedEvents() => _recorded.Clear();

}
