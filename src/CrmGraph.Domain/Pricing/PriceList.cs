namespace CrmGraph.Domain.Pricing;

/// <summary>A named set of prices in one currency. Exactly one list is the default for quotes.</summary>
public sealed class PriceList
{
    public const int MaxNameLength = 200;

    private PriceList()
    {
        Code = string.Empty;
        Name = string.Empty;
        Currency = string.Empty;
    }

    public PriceList(string code, string name, string currency, bool isDefault)
    {
        Code = code;
        Name = name;
        Currency = currency;
        IsDefault = isDefault;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string Currency { get; private set; }

    public bool IsDefault { get; private set; }

    public static Outcome<PriceList> Create(string code, string name, string currency, bool isDefault)
    {
        var errors = new List<DomainError>();
        Catalog.CatalogText.Require(code, "code", Catalog.CatalogText.MaxCodeLength, errors);
        Catalog.CatalogText.Require(name, "name", MaxNameLength, errors);
        if (!Currencies.IsKnown(currency))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"'{currency}' is not an ISO 4217 currency code (for example EUR or USD).", "currency"));
        }

        return errors.Count > 0
            ? Outcome<PriceList>.Failure(errors)
            : Outcome<PriceList>.Success(new PriceList(code.Trim(), name.Trim(), currency, isDefault));
    }

    /// <summary>Another list became the default; this one no longer is.</summary>
    public void StopBeingDefault() => IsDefault = false;
}
