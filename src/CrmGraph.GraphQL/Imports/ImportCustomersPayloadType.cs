namespace CrmGraph.GraphQL.Imports;

public sealed class ImportCustomersPayloadType : ObjectGraphType<Payload<CustomerImportReport>>
{
    public ImportCustomersPayloadType()
    {
        Name = "ImportCustomersPayload";
        Field<IntGraphType>("created").Description("Customers created (new externalRefs).").Resolve(ctx => ctx.Source.Result?.Created);
        Field<IntGraphType>("updated").Description("Customers updated (externalRefs already imported from the source).").Resolve(ctx => ctx.Source.Result?.Updated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerImportRejectionType>>>>("rejectedRows")
            .Description("Every row not imported; the other rows were committed.")
            .Resolve(ctx => ctx.Source.Result?.Rejections ?? []);
        PayloadErrorsField.AddTo(this, "Why the file as a whole was refused (unknown column, no source system); nothing is imported then.");
    }
}
