namespace CrmGraph.GraphQL.Imports;

public sealed class CustomerImportRejectionType : ObjectGraphType<CustomerImportRejection>
{
    public CustomerImportRejectionType()
    {
        Name = "CustomerImportRejection";
        Description = "A row that was not imported, and why.";
        Field(r => r.Row).Description("The line of the file the row starts on (the CSV header is line 1).");
        Field(r => r.Field, nullable: true).Description("The column at fault, when there is one.");
        Field(r => r.Message);
    }
}
