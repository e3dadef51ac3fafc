namespace CrmGraph.GraphQL.Catalog;

public sealed class CreateAddOnServiceInput : AddOnServiceInput
{
    public string Code { get; set; } = string.Empty;
}
