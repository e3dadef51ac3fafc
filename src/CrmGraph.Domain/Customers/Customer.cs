namespace CrmGraph.Domain.Customers;

/// <summary>A person or organization the company serves, with its place in the relationship lifecycle.</summary>
public sealed class Customer : IVersioned, IAggregate
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxPhoneLength = 40;
    public const int MaxPlaceLength = 100;
    public const int MaxChurnNoteLength = 2000;
    public const int MaxSourceSystemLength = 50;
    public const int MaxExternalRefLength = 100;

    private readonly List<CustomerEvent> _events = [];
    private readonly RecordedEvents _recorded = new();

    private Customer()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public CustomerKind Kind { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? City { get; private set; }

    public string? Country { get; private set; }

    public CustomerSegment Segment { get; private set; }

    public LoyaltyTier LoyaltyTier { get; private set; }

    public int LoyaltyPoints { get; private set; }

    public CustomerStatus Status { get; private set; }

    public int? AccountManagerId { get; private set; }

    public int? PartnerId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Time of the newest interaction, order or complaint (the creation time until the first); kept here so lists
    /// can order by it cheaply.
    /// </summary>
    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>Why the customer left, the last time it churned.</summary>
    public ChurnCause? ChurnCause { get; private set; }

    /// <summary>When the customer was last marked churned.</summary>
    public DateTimeOffset? ChurnedAt { get; private set; }

    /// <summary>
    /// The churn-risk score (0–100) as of <see cref="RiskScoredAt"/>, stored so that customers can be ranked by risk
    /// with an index. It is bookkeeping, written in bulk by the risk refresh, not an edit of the customer.
    /// </summary>
    public decimal RiskScore { get; private set; }

    /// <summary>When <see cref="RiskScore"/> was computed; null until the first time.</summary>
    public DateTimeOffset? RiskScoredAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>The system an imported customer came from; with <see cref="ExternalRef"/> it identifies the customer there.</summary>
    public string? SourceSystem { get; private set; }

    /// <summary>The customer's key in <see cref="SourceSystem"/>, unique within it, so importing again updates rather than duplicates.</summary>
    public string? ExternalRef { get; private set; }

    /// <summary>The status and tier changes recorded on this instance (not loaded with the customer).</summary>
    public IReadOnlyCollection<CustomerEvent> Events => _events;

    public static Outcome<Customer> Create(string code, CustomerDetails details, DateTimeOffset createdAt)
    {
        var errors = Validate(details);
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "A customer code is required.", "code"));
        }

        if (errors.Count > 0)
        {
            return Outcome<Customer>.Failure(errors);
        }

        var customer = new Customer
        {
            Code = code.Trim(),
            CreatedAt = createdAt,
            LastActivityAt = createdAt,
            Status = CustomerStatus.Prospect,
            LoyaltyTier = LoyaltyTier.Standard,
        };
        customer.Apply(details);
        customer._recorded.Record(new CustomerCreated(customer.Kind, customer.Segment, customer.PartnerId, createdAt));
        return Outcome<Customer>.Success(customer);
    }

    public IReadOnlyList<DomainError> Update(CustomerDetails details, DateTimeOffset at)
    {
        var errors = Validate(details);
        if (errors.Count == 0)
        {
            Apply(details);
            _recorded.Record(new CustomerUpdated(at));
        }

        return errors;
    }

    /// <summary>Records an encounter: the customer's last activity moves forward, never back.</summary>
    public void RecordActivity(DateTimeOffset at)
    {
        if (at > LastActivityAt)
        {
            LastActivityAt = at;
        }
    }

    /// <summary>
    /// A purchase makes a prospect active and a churned customer won back; winning a customer back is recorded as
    /// an event of the relationship history.
    /// </summary>
    public void RecordPurchase(DateTimeOffset at, int? actorStaffId = null)
    {
        RecordActivity(at);
        var from = Status;
        Status = Status switch
        {
            CustomerStatus.Prospect => CustomerStatus.Active,
            CustomerStatus.Churned => CustomerStatus.WonBack,
            CustomerStatus.AtRisk => CustomerStatus.Active,
            _ => Status,
        };
        if (from == CustomerStatus.Churned)
        {
            _events.Add(CustomerEvent.StatusChange(CustomerEventKind.WonBack, from, Status, ChurnCause, actorStaffId, at, "Ordered again after churning."));
            _recorded.Record(new CustomerWonBack(ChurnCause, actorStaffId, at));
        }
    }

    /// <summary>
    /// Records that the customer left, and why. Only a customer who bought can churn (a prospect never did), and a
    /// churned customer cannot churn again until won back.
    /// </summary>
    public DomainError? MarkChurned(ChurnCause cause, string? note, int? actorStaffId, DateTimeOffset at)
    {
        if (Status is CustomerStatus.Churned or CustomerStatus.Prospect)
        {
            var why = Status == CustomerStatus.Churned ? "is already churned" : "is a prospect who never bought";
            return new DomainError(DomainErrorCodes.InvalidTransition, $"Customer {Code} {why}; it cannot be marked churned.");
        }

        if (!Enum.IsDefined(cause))
        {
            return new DomainError(DomainErrorCodes.Validation, $"{cause} is not a churn cause.", "cause");
        }

        var trimmed = Normalize(note);
        if (trimmed is { Length: > MaxChurnNoteLength })
        {
            return new DomainError(DomainErrorCodes.Validation, $"A churn note is at most {MaxChurnNoteLength} characters.", "note");
        }

        _events.Add(CustomerEvent.StatusChange(CustomerEventKind.Churned, Status, CustomerStatus.Churned, cause, actorStaffId, at, trimmed));
        _recorded.Record(new CustomerChurned(Status, cause, actorStaffId, at));
        Status = CustomerStatus.Churned;
        ChurnCause = cause;
        ChurnedAt = at;
        return null;
    }

    /// <summary>
    /// Adds the points an order earns under <paramref name="program"/> and moves the customer up to the tier the
    /// points reach, recording a tier change as an event. Returns the points earned.
    /// </summary>
    public int EarnLoyaltyPoints(Money orderTotal, LoyaltyProgram program, int? actorStaffId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(program);
        var earned = program.PointsFor(orderTotal);
        LoyaltyPoints = checked(LoyaltyPoints + earned);
        var reached = program.TierFor(LoyaltyPoints);
        if (reached > LoyaltyTier)
        {
            _events.Add(CustomerEvent.TierChange(LoyaltyTier, reached, LoyaltyPoints, actorStaffId, at));
            _recorded.Record(new LoyaltyTierChanged(LoyaltyTier, reached, LoyaltyPoints, at));
            LoyaltyTier = reached;
        }

        return earned;
    }

    /// <summary>
    /// Takes back the points a cancelled order earned. The balance never drops below zero, and the tier stays: a
    /// cancellation does not demote a customer. Returns the points actually taken.
    /// </summary>
    public int TakeBackLoyaltyPoints(int points)
    {
        var taken = Math.Clamp(points, 0, LoyaltyPoints);
        LoyaltyPoints -= taken;
        return taken;
    }

    /// <summary>
    /// Sets lifecycle and loyalty standing directly, with when and why a churned or won-back customer left; used when
    /// importing or seeding history.
    /// </summary>
    public void SetStanding(CustomerStatus status, LoyaltyTier tier, int loyaltyPoints, (ChurnCause Cause, DateTimeOffset At)? churn = null)
    {
        Status = status;
        LoyaltyTier = tier;
        LoyaltyPoints = Math.Max(0, loyaltyPoints);
        ChurnCause = churn?.Cause;
        ChurnedAt = churn?.At;
    }

    int IAggregate.CustomerId => Id;

    IReadOnlyList<DomainEvent> IAggregate.RecordedEvents => _recorded.All;

    void IAggregate.ClearRecordedEvents() => _recorded.Clear();

    /// <summary>Records where an imported customer came from; set once, when the customer is first imported.</summary>
    public DomainError? LinkToSource(string sourceSystem, string externalRef)
    {
        if (SourceSystem is not null)
        {
            return new DomainError(DomainErrorCodes.InvalidTransition, $"Customer {Code} is already linked to {SourceSystem}.");
        }

        SourceSystem = sourceSystem.Trim();
        ExternalRef = externalRef.Trim();
        return null;
    }

    public void BumpVersion() => Version++;

    private void Apply(CustomerDetails details)
    {
        Name = details.Name.Trim();
        Kind = details.Kind;
        Email = Normalize(details.Contact.Email);
        Phone = Normalize(details.Contact.Phone);
        City = Normalize(details.Contact.City);
        Country = Normalize(details.Contact.Country);
        Segment = details.Segment;
        AccountManagerId = details.AccountManagerId;
        PartnerId = details.PartnerId;
    }

    private static List<DomainError> Validate(CustomerDetails details)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(details.Name))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "A customer name is required.", "name"));
        }
        else if (details.Name.Trim().Length > MaxNameLength)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A customer name is at most {MaxNameLength} characters.", "name"));
        }

        var email = Normalize(details.Contact.Email);
        if (email is not null && (email.Length > MaxEmailLength || !EmailAddress.LooksValid(email)))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"'{email}' is not an email address.", "email"));
        }

        CheckLength(details.Contact.Phone, MaxPhoneLength, "phone", errors);
        CheckLength(details.Contact.City, MaxPlaceLength, "city", errors);
        CheckLength(details.Contact.Country, MaxPlaceLength, "country", errors);

        return errors;
    }

    private static void CheckLength(string? value, int maximum, string field, List<DomainError> errors)
    {
        if (Normalize(value) is { Length: var length } && length > maximum)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"The {field} is at most {maximum} characters (got {length}).", field));
        }
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
