namespace CrmGraph.GraphQL.Imports;

public sealed class ImportCustomersInputType : InputObjectGraphType<ImportCustomersInput>
{
    public ImportCustomersInputType()
    {
        Name = "ImportCustomersInput";
        Field<NonNullGraphType<StringGraphType>>("sourceSystem").Description("The system the customers come from; externalRef is unique within it.");
        Field<NonNullGraphType<EnumerationGraphType<CustomerImportFormat>>>("format");
        Field<NonNullGraphType<StringGraphType>>("content")
            .Description($"The file's text, inline. Columns (CSV header) or properties (JSON lines): {string.Join(", ", CustomerImportColumns.All)}; externalRef and name are required.");
    }
}
