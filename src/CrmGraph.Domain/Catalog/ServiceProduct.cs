namespace CrmGraph.Domain.Catalog;

/// <summary>
/// A service offering in the catalogue, classified and with its service-level terms. A retired product takes no new
/// quotes or orders; its history, old orders and prices stay readable, and it can be reinstated.
/// </summary>
public sealed class ServiceProduct : IVersioned
{
    private ServiceProduct()
    {
        Code = string.Empty;
        Name = string.Empty;
        Description = string.Empty;
    }

    public ServiceProduct(
        string code,
        string name,
        string description,
        ServiceCategory category,
        DeliveryMode deliveryMode,
        BillingUnit billingUnit,
        ServiceLevelTerms terms)
    {
        Code = code;
        Name = name;
        Description = description;
        Category = category;
        DeliveryMode = deliveryMode;
        BillingUnit = billingUnit;
        ResponseTarget = terms.ResponseTarget;
        ResolutionTarget = terms.ResolutionTarget;
        Active = true;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public ServiceCategory Category { get; private set; }

    public DeliveryMode DeliveryMode { get; private set; }

    public BillingUnit BillingUnit { get; private set; }

    public TimeSpan ResponseTarget { get; private set; }

    public TimeSpan ResolutionTarget { get; private set; }

    public bool Active { get; private set; }

    public int Version { get; private set; }

    public ServiceLevelTerms Terms => new(ResponseTarget, ResolutionTarget);

    public static Outcome<ServiceProduct> Create(string code, ServiceProductDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return CatalogItemRules.Create(code, details.Validate(), trimmed =>
        {
            var product = new ServiceProduct { Code = trimmed, Active = true };
            product.Apply(details);
            return product;
        });
    }

    public IReadOnlyList<DomainError> Update(ServiceProductDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return CatalogItemRules.Update(details.Validate(), () => Apply(details));
    }

    public DomainError? Retire() => CatalogItemRules.SetActive(Active, wanted: false, $"Product {Code}", () => Active = false);

    public DomainError? Reinstate() => CatalogItemRules.SetActive(Active, wanted: true, $"Product {Code}", () => Active = true);

    public void BumpVersion() => Version++;

    private void Apply(ServiceProductDetails details)
    {
        Name = details.Name.Trim();
        Description = details.Description.Trim();
        Category = details.Category;
        DeliveryMode = details.DeliveryMode;
        BillingUnit = details.BillingUnit;
        ResponseTarget = details.Terms.ResponseTarget;
        ResolutionTarget = details.Terms.ResolutionTarget;
    }
}
