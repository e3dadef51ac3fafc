namespace CrmGraph.Domain.Partners;

/// <summary>A dealer, service outlet or partner organization that owns a set of customers.</summary>
public sealed class Partner : IVersioned
{
    private Partner()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Partner(string code, string name, string? region, string? contactEmail)
    {
        Code = code;
        Name = name;
        Region = region;
        ContactEmail = contactEmail;
        Active = true;
    }

    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 200;
    public const int MaxRegionLength = 100;
    public const int MaxEmailLength = 254;

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? Region { get; private set; }

    public string? ContactEmail { get; private set; }

    /// <summary>A deactivated partner keeps its customers, but its clients get no more tokens.</summary>
    public bool Active { get; private set; }

    public int Version { get; private set; }

    public void BumpVersion() => Version++;

    /// <summary>A new partner, or the rules its code, name and contact broke.</summary>
    public static Outcome<Partner> Create(string code, string name, string? region, string? contactEmail)
    {
        var errors = Validate(name, region, contactEmail);
        var trimmedCode = code?.Trim() ?? string.Empty;
        if (trimmedCode.Length == 0 || trimmedCode.Length > MaxCodeLength || !trimmedCode.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A partner code is 1 to {MaxCodeLength} letters, digits, '-' or '_'.", "code"));
        }

        return errors.Count > 0
            ? Outcome<Partner>.Failure(errors)
            : Outcome<Partner>.Success(new Partner(trimmedCode.ToUpperInvariant(), name.Trim(), Normalize(region), Normalize(contactEmail)));
    }

    public IReadOnlyList<DomainError> Update(string name, string? region, string? contactEmail)
    {
        var errors = Validate(name, region, contactEmail);
        if (errors.Count == 0)
        {
            Name = name.Trim();
            Region = Normalize(region);
            ContactEmail = Normalize(contactEmail);
        }

        return errors;
    }

    public DomainError? Deactivate()
    {
        if (!Active)
        {
            return new DomainError(DomainErrorCodes.InvalidTransition, $"Partner {Code} is already deactivated.");
        }

        Active = false;
        return null;
    }

    private static List<DomainError> Validate(string name, string? region, string? contactEmail)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A partner name is required, at most {MaxNameLength} characters.", "name"));
        }

        if (Normalize(region) is { Length: > MaxRegionLength })
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A region is at most {MaxRegionLength} characters.", "region"));
        }

        if (Normalize(contactEmail) is { } email && (email.Length > MaxEmailLength || !EmailAddress.LooksValid(email)))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"'{email}' is not an email address.", "contactEmail"));
        }

        return errors;
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
