using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

/// <summary>The add-on fields an administrator sets, as sent by <c>createAddOnService</c> and <c>updateAddOnService</c>.</summary>
public class AddOnServiceInput : VersionedInput
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public Money Price { get; set; }

    public int MaxQuantityPerOrder { get; set; }

    public List<string> AllowedProductIds { get; set; } = [];

    public AddOnServiceDetails ToDetails() => new(
        Name,
        Description,
        Price,
        MaxQuantityPerOrder,
        AllowedProductIds.Select((id, i) => GlobalId.ParseFor(ServiceProductType.TypeName, id, $"input.allowedProductIds[{i}]")).ToHashSet());
}
