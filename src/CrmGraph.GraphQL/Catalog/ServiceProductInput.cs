using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

/// <summary>The product fields an administrator sets, as sent by <c>createServiceProduct</c> and <c>updateServiceProduct</c>.</summary>
public class ServiceProductInput : VersionedInput
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public ServiceCategory Category { get; set; }

    public DeliveryMode DeliveryMode { get; set; }

    public BillingUnit BillingUnit { get; set; }

    public int ResponseTargetHours { get; set; }

    public int ResolutionTargetHours { get; set; }

    public ServiceProductDetails ToDetails() => new(
        Name,
        Description,
        Category,
        DeliveryMode,
        BillingUnit,
        new ServiceLevelTerms(TimeSpan.FromHours(ResponseTargetHours), TimeSpan.FromHours(ResolutionTargetHours)));
}
