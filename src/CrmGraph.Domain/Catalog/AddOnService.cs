namespace CrmGraph.Domain.Catalog;

/// <summary>
/// An optional extra sold with some service products (express response, courier pickup, loaner device…),
/// with its own unit price and a per-order maximum quantity. A retired add-on is sold no more.
/// </summary>
public sealed class AddOnService : IVersioned
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
        Active = true;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public decimal PriceAmount { get; private set; }

    public string Currency { get; private set; }

    public int MaxQuantityPerOrder { get; private set; }

    public bool Active { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<AddOnAllowance> Allowances => _allowances;

    public Money Price => new(PriceAmount, Currency);

    public static Outcome<AddOnService> Create(string code, AddOnServiceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return CatalogItemRules.Create(code, details.Validate(), trimmed =>
        {
            var addOn = new AddOnService { Code = trimmed, Active = true };
            addOn.Apply(details);
            return addOn;
        });
    }

    public IReadOnlyList<DomainError> Update(AddOnServiceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return CatalogItemRules.Update(details.Validate(), () => Apply(details));
    }

    public DomainError? Retire() => CatalogItemRules.SetActive(Active, wanted: false, $"Add-on {Code}", () => Active = false);

    public bool IsAllowedFor(int serviceProductId) => _allowances.Exists(a => a.ServiceProductId == serviceProductId);

    public void AllowFor(int serviceProductId)
    {
        if (!IsAllowedFor(serviceProductId))
        {
            _allowances.Add(new AddOnAllowance(serviceProductId));
        }
    }

    public void BumpVersion() => Version++;

    private void Apply(AddOnServiceDetails details)
    {
        Name = details.Name.Trim();
        Description = details.Description.Trim();
        PriceAmount = details.Price.Amount;
        Currency = details.Price.Currency;
        MaxQuantityPerOrder = details.MaxQuantityPerOrder;
        _allowances.RemoveAll(a => !details.AllowedProductIds.Contains(a.ServiceProductId));
        foreach (var productId in details.AllowedProductIds)
        {
            AllowFor(productId);
        }
    }
}
