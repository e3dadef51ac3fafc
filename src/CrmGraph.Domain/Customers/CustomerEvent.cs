namespace CrmGraph.Domain.Customers;

/// <summary>
/// One change of a customer's lifecycle status or loyalty tier, kept so the relationship history shows when and
/// why the customer's standing moved. Append-only.
/// </summary>
public sealed class CustomerEvent
{
    private CustomerEvent()
    {
    }

    public long Id { get; private set; }

    public int CustomerId { get; private set; }

    public CustomerEventKind Kind { get; private set; }

    public CustomerStatus? FromStatus { get; private set; }

    public CustomerStatus? ToStatus { get; private set; }

    public LoyaltyTier? FromTier { get; private set; }

    public LoyaltyTier? ToTier { get; private set; }

    public ChurnCause? ChurnCause { get; private set; }

    /// <summary>The loyalty points the customer held after a tier change.</summary>
    public int? LoyaltyPoints { get; private set; }

    public int? ActorStaffId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }

    internal static CustomerEvent StatusChange(
        CustomerEventKind kind, CustomerStatus from, CustomerStatus to, ChurnCause? cause, int? actorStaffId, DateTimeOffset at, string? note) =>
        new()
        {
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            ChurnCause = cause,
            ActorStaffId = actorStaffId,
            At = at,
            Note = note,
        };

    internal static CustomerEvent TierChange(LoyaltyTier from, LoyaltyTier to, int points, int? actorStaffId, DateTimeOffset at) =>
        new()
        {
            Kind = CustomerEventKind.TierChanged,
            FromTier = from,
            ToTier = to,
            LoyaltyPoints = points,
            ActorStaffId = actorStaffId,
            At = at,
        };
}
