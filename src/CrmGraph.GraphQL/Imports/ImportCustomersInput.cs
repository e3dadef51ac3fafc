namespace CrmGraph.GraphQL.Imports;

public sealed class ImportCustomersInput
{
    public string SourceSystem { get; set; } = string.Empty;

    public CustomerImportFormat Format { get; set; }

    public string Content { get; set; } = string.Empty;
}
