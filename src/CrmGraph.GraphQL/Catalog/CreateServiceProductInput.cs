namespace CrmGraph.GraphQL.Catalog;

public sealed class CreateServiceProductInput : ServiceProductInput
{
    public string Code { get; set; } = string.Empty;
}
