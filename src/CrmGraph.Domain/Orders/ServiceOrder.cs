using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Orders;

/// <summary>
/// What a customer bought. Prices are copied from the quote at order time, so later price changes never
/// rewrite history.
/// </summary>
public sealed class ServiceOrder : IVersioned, IAggregate
{
    private readonly RecordedEvents _recorded = new();

    private readonly List<ServiceOrderLine> _lines = [];
    private readonly List<ServiceOrderAddOn> _addOns = [];

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

    public int Version { get; private set; }

    public IReadOnlyCollection<ServiceOrderLine> Lines => _lines;

    public IReadOnlyCollection<ServiceOrderAddOn> AddOns => _addOns;

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

    /// <summary>Moves a historical order to its final state; used when importing or seeding history.</summary>
    public void Complete(DateTimeOffset at)
    {
        Status = ServiceOrderStatus.Completed;
        CompletedAt = at;
    }

    public void Cancel() => Status = ServiceOrderStatus.Cancelled;

    public void BumpVersion() => Version++;
}
