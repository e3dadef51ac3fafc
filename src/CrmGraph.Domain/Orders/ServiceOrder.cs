using System.Globalization;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Orders;

/// <summary>
/// What a customer bought. Prices are copied from the quote at order time, so later price changes never
/// rewrite history. The lifecycle (<see cref="ServiceOrderTransitions"/>) runs Placed → Scheduled → InProgress →
/// Completed, or Cancelled before completion, each move recorded in <see cref="History"/>.
/// </summary>
public sealed class ServiceOrder : IVersioned, IAggregate
{
    private readonly RecordedEvents _recorded = new();
    public const int MaxNoteLength = 4000;

    private readonly List<ServiceOrderLine> _lines = [];
    private readonly List<ServiceOrderAddOn> _addOns = [];
    private readonly List<ServiceOrderEvent> _history = [];

    private ServiceOrder()
    {
        Number = string.Empty;
        Currency = string.Empty;
    }

    public int Id { get; private set; }

    public string Number { get; private set; }

    public int CustomerId { get; private set; }

    public ServiceOrderStatus Status { get; private set; }

    public DateTimeOffset OrderedAt { get; private set; }

    public DateTimeOffset? ScheduledFor { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public int? StaffMemberId { get; private set; }

    public string Currency { get; private set; }

    public decimal Subtotal { get; private set; }

    public decimal Discount { get; private set; }

    public decimal Total { get; private set; }

    /// <summary>The technician who delivers the service, once scheduled.</summary>
    public int? TechnicianId { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public string? WorkNotes { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>The loyalty points the order earned, taken back if it is cancelled.</summary>
    public int LoyaltyPointsEarned { get; private set; }

    /// <summary>The estimate the order was approved from, if any.</summary>
    public int? EstimateId { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<ServiceOrderLine> Lines => _lines;

    public IReadOnlyCollection<ServiceOrderAddOn> AddOns => _addOns;

    /// <summary>The lifecycle moves recorded on this instance (not loaded with the order).</summary>
    public IReadOnlyCollection<ServiceOrderEvent> History => _history;

    /// <summary>Places an order exactly as quoted.</summary>
    public static ServiceOrder FromQuote(string number, Quote quote, int? staffMemberId, DateTimeOffset? scheduledFor)
    {
        var order = new ServiceOrder
        {
            Number = number,
            CustomerId = quote.CustomerId,
            Status = scheduledFor is null ? ServiceOrderStatus.Placed : ServiceOrderStatus.Scheduled,
            OrderedAt = quote.PricedAt,
            ScheduledFor = scheduledFor,
            StaffMemberId = staffMemberId,
            Currency = quote.Currency,
            Subtotal = quote.Subtotal.Amount,
            Discount = quote.TierDiscount.Amount,
            Total = quote.Total.Amount,
        };
        foreach (var line in quote.Lines)
        {
            if (line.Kind == QuoteLineKind.Product)
            {
                order._lines.Add(new ServiceOrderLine(line.ItemId, line.Quantity, line.UnitPrice.Amount, line.Discount.Amount, line.Total.Amount, line.Rule));
            }
            else
            {
                order._addOns.Add(new ServiceOrderAddOn(line.ItemId, line.Quantity, line.UnitPrice.Amount, line.Discount.Amount, line.Total.Amount));
            }
        }

        order._recorded.Record(new OrderPlaced(number, order.Total, order.Currency, staffMemberId, quote.PricedAt));
        return order;
    }

    IReadOnlyList<DomainEvent> IAggregate.RecordedEvents => _recorded.All;

    void IAggregate.ClearRecordedEvents() => _recorded.Clear();

    /// <summary>Places an order at the prices an estimate promised, whatever the list says now.</summary>
    internal static ServiceOrder FromEstimate(string number, Estimate estimate, int? staffMemberId, DateTimeOffset at)
    {
        var order = FromQuote(number, estimate.AsQuote(at), staffMemberId, scheduledFor: null);
        order.EstimateId = estimate.Id;
        return order;
    }

    /// <summary>Remembers what the order earned, so that a cancellation can take exactly that back.</summary>
    public void RecordLoyaltyPointsEarned(int points) => LoyaltyPointsEarned = Math.Max(0, points);

    /// <summary>Books (or moves) the appointment with a technician.</summary>
    public DomainError? Schedule(DateTimeOffset scheduledFor, int technicianId, int? by, DateTimeOffset at)
    {
        if (scheduledFor < at)
        {
            return new DomainError(DomainErrorCodes.Validation, "A service cannot be scheduled in the past.", "scheduledFor");
        }

        return Move(ServiceOrderStatus.Scheduled, by, at, string.Create(CultureInfo.InvariantCulture, $"Scheduled for {scheduledFor.UtcDateTime:yyyy-MM-dd HH:mm}Z"), () =>
        {
            ScheduledFor = scheduledFor;
            TechnicianId = technicianId;
        });
    }

    public DomainError? Start(int? by, DateTimeOffset at) => Move(ServiceOrderStatus.InProgress, by, at, note: null, () => StartedAt = at);

    /// <summary>Records the work as done at <paramref name="completedAt"/> (not later than now, not before the work started).</summary>
    public DomainError? Complete(DateTimeOffset completedAt, string workNotes, int? by, DateTimeOffset at)
    {
        if (completedAt > at || completedAt < StartedAt)
        {
            return new DomainError(DomainErrorCodes.Validation, "The completion time lies between the start of the work and now.", "completedAt");
        }

        if (Required(workNotes, "workNotes", "Work notes say what was done") is { } error)
        {
            return error;
        }

        return Move(ServiceOrderStatus.Completed, by, at, workNotes.Trim(), () =>
        {
            CompletedAt = completedAt;
            WorkNotes = workNotes.Trim();
            _recorded.Record(new OrderCompleted(Number, StaffMemberId, completedAt, at));
        });
    }

    /// <summary>Cancels the order before completion; the caller takes back <see cref="LoyaltyPointsEarned"/> from the customer.</summary>
    public DomainError? Cancel(string reason, int? by, DateTimeOffset at)
    {
        if (Required(reason, "reason", "A cancellation needs a reason") is { } error)
        {
            return error;
        }

        return Move(ServiceOrderStatus.Cancelled, by, at, reason.Trim(), () =>
        {
            CancelledAt = at;
            CancellationReason = reason.Trim();
            _recorded.Record(new OrderCancelled(Number, CancellationReason, LoyaltyPointsEarned, at));
        });
    }

    /// <summary>Moves a historical order to its final state without lifecycle checks; used when importing or seeding history.</summary>
    public void SettleAsCompleted(DateTimeOffset at)
    {
        Status = ServiceOrderStatus.Completed;
        CompletedAt = at;
    }

    /// <summary>Marks a historical order cancelled without lifecycle checks; used when importing or seeding history.</summary>
    public void SettleAsCancelled() => Status = ServiceOrderStatus.Cancelled;

    public void BumpVersion() => Version++;

    private static DomainError? Required(string? text, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DomainError(DomainErrorCodes.Validation, $"{what}; none was given.", field);
        }

        return text.Trim().Length > MaxNoteLength
            ? new DomainError(DomainErrorCodes.Validation, $"The {field} are at most {MaxNoteLength} characters.", field)
            : null;
    }

    private DomainError? Move(ServiceOrderStatus to, int? by, DateTimeOffset at, string? note, Action apply)
    {
        if (!ServiceOrderTransitions.IsAllowed(Status, to))
        {
            var allowed = ServiceOrderTransitions.From(Status);
            var next = allowed.Count == 0 ? "it is final" : "it can move to " + string.Join(" or ", allowed.Order());
            return new DomainError(DomainErrorCodes.InvalidTransition, $"Order {Number} is {Status} and cannot move to {to}; {next}.");
        }

        _history.Add(new ServiceOrderEvent(Status, to, by, at, note));
        Status = to;
        apply();
        return null;
    }
}
