namespace CrmGraph.Domain.Catalog;

/// <summary>
/// An optional extra sold with some service products (express response, courier pickup, loaner device…),
/// with its own unit price and a per-order maximum quantity.
/// </summary>
public sealed class AddOnService
{
    private readonly List<AddOnAllowance> _allowances = [];

    private AddOnService()
    {
        Code = string.Empty;
        Name = string.Empty;
        Description = string.Empty;
        Currency = string.Empty;
    }

    public AddOnService(string code, string name, string description, Money price, int maxQuantityPerOrder)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQuantityPerOrder, 1);
        Code = code;
        Name = name;
        Description = description;
        PriceAmount = price.Amount;
        Currency = price.Currency;
        MaxQuantityPerOrder = maxQuantityPerOrder;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public decimal PriceAmount { get; private set; }

    public string Currency { get; private set; }

    public int MaxQuantityPerOrder { get; private set; }

    public IReadOnlyCollection<AddOnAllowance> Allowances => _allowances;

    public Money Price => new(PriceAmount, Currency);

    public bool IsAllowedFor(int serviceProductId) => _allowances.Exists(a => a.ServiceProductId == serviceProductId);

    public void AllowFor(int serviceProductId)
    {
        if (!IsAllowedFor(serviceProductId))
        {
            _allowances.Add(new AddOnAllowance(serviceProductId));
        }
    }
}
