namespace CrmGraph.Domain.Catalog;

/// <summary>A service offering in the catalogue, classified and with its service-level terms.</summary>
public sealed class ServiceProduct
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

    public ServiceLevelTerms Terms => new(ResponseTarget, ResolutionTarget);
}
