namespace CrmGraph.Domain.Pricing;

/// <summary>A named set of prices in one currency. Exactly one list is the default for quotes.</summary>
public sealed class PriceList
{
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
}
