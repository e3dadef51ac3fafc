using System.Globalization;
using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Orders;

/// <summary>
/// The cost explained to the customer before the work (维修前费用预估): a stored quote with a validity. Approving it
/// while valid places an order at the estimated prices, even if list prices changed since; it can be approved or
/// declined once.
/// </summary>
public sealed class Estimate : IVersioned, IAggregate
{
    public const int MaxReasonLength = 2000;

    private readonly List<EstimateLine> _lines = [];
    private readonly RecordedEvents _recorded = new();

    private Estimate()
    {
        Number = string.Empty;
        Currency = string.Empty;
    }

    public int Id { get; private set; }

    public string Number { get; private set; }

    public int CustomerId { get; private set; }

    public int PriceListId { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The instant the prices were taken at.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The estimate can be approved until (not including) this instant.</summary>
    public DateTimeOffset ValidUntil { get; private set; }

    /// <summary>The stored status; <see cref="StatusAt"/> also tells an expired one.</summary>
    public EstimateStatus Status { get; private set; }

    public decimal Subtotal { get; private set; }

    public decimal Discount { get; private set; }

    public decimal Total { get; private set; }

    public int? StaffMemberId { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<EstimateLine> Lines => _lines;

    public static Outcome<Estimate> FromQuote(string number, Quote quote, DateTimeOffset validUntil, int? staffMemberId)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (validUntil <= quote.PricedAt)
        {
            return Outcome<Estimate>.Failure(new DomainError(DomainErrorCodes.Validation, "An estimate must stay valid for some time after it is made.", "validUntil"));
        }

        var estimate = new Estimate
        {
            Number = number,
            CustomerId = quote.CustomerId,
            PriceListId = quote.PriceListId,
            Currency = quote.Currency,
            CreatedAt = quote.PricedAt,
            ValidUntil = validUntil,
            Status = EstimateStatus.Open,
            Subtotal = quote.Subtotal.Amount,
            Discount = quote.TierDiscount.Amount,
            Total = quote.Total.Amount,
            StaffMemberId = staffMemberId,
        };
        estimate._lines.AddRange(quote.Lines.Select(line => new EstimateLine(line)));
        estimate._recorded.Record(new EstimateCreated(number, estimate.Total, estimate.Currency, validUntil, quote.PricedAt));
        return Outcome<Estimate>.Success(estimate);
    }

    public EstimateStatus StatusAt(DateTimeOffset now) =>
        Status == EstimateStatus.Open && now >= ValidUntil ? EstimateStatus.Expired : Status;

    /// <summary>Places the order at the estimated prices, if the estimate is still open and valid at <paramref name="at"/>.</summary>
    public Outcome<ServiceOrder> Approve(string orderNumber, int? staffMemberId, DateTimeOffset at)
    {
        if (Undecidable(at) is { } error)
        {
            return Outcome<ServiceOrder>.Failure(error);
        }

        Status = EstimateStatus.Approved;
        DecidedAt = at;
        _recorded.Record(new EstimateApproved(Number, orderNumber, Total, Currency, at));
        return Outcome<ServiceOrder>.Success(ServiceOrder.FromEstimate(orderNumber, this, staffMemberId ?? StaffMemberId, at));
    }

    /// <summary>Records that the customer said no, and why.</summary>
    public DomainError? Decline(string reason, DateTimeOffset at)
    {
        if (Undecidable(at) is { } error)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            return new DomainError(DomainErrorCodes.Validation, $"Say why the estimate was declined, in at most {MaxReasonLength} characters.", "reason");
        }

        Status = EstimateStatus.Declined;
        DecidedAt = at;
        DeclineReason = reason.Trim();
        _recorded.Record(new EstimateDeclined(Number, DeclineReason, at));
        return null;
    }

    IReadOnlyList<DomainEvent> IAggregate.RecordedEvents => _recorded.All;

    void IAggregate.ClearRecordedEvents() => _recorded.Clear();

    public void BumpVersion() => Version++;

    /// <summary>The estimate as a quote priced at <paramref name="at"/>, with the amounts it promised.</summary>
    internal Quote AsQuote(DateTimeOffset at) => new(
        CustomerId,
        PriceListId,
        Currency,
        at,
        _lines.OrderBy(l => l.Kind).ThenBy(l => l.Id).Select(l => l.AsQuoteLine(Currency)).ToList(),
        new Money(Subtotal, Currency),
        new Money(Discount, Currency),
        new Money(Total, Currency));

    private DomainError? Undecidable(DateTimeOffset at) => StatusAt(at) switch
    {
        EstimateStatus.Approved => new DomainError(DomainErrorCodes.EstimateAlreadyApproved, $"Estimate {Number} was already approved; its order exists.", "id"),
        EstimateStatus.Declined => new DomainError(DomainErrorCodes.EstimateDeclined, $"Estimate {Number} was declined: {DeclineReason}", "id"),
        EstimateStatus.Expired => new DomainError(
            DomainErrorCodes.EstimateExpired,
            string.Create(CultureInfo.InvariantCulture, $"Estimate {Number} was valid until {ValidUntil.UtcDateTime:yyyy-MM-dd HH:mm}Z; make a new one at today's prices."),
            "id"),
        _ => null,
    };
}
