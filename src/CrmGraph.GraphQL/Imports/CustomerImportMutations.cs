namespace CrmGraph.GraphQL.Imports;

internal static class CustomerImportMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportCustomersPayloadType>>("importCustomers")
            .Description("Imports customers from CSV or JSON lines given inline: new externalRefs create customers, known ones update them. A partner imports into its own partner only.")
            .Argument<NonNullGraphType<ImportCustomersInputType>>("input")
            .ResolveAsync(async ctx => await ImportAsync(ctx).ConfigureAwait(false));

    private static async Task<Payload<CustomerImportReport>> ImportAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<ImportCustomersInput>("input");
        using var text = new StringReader(input.Content);
        var rows = CustomerImportReader.Read(text, input.Format);
        if (!rows.Succeeded)
        {
            return Payload<CustomerImportReport>.Failure(rows.Errors);
        }

        var command = new ImportCustomersCommand(context.Db(), context.Command<UnitOfWork>(), context.Service<TimeProvider>());
        var report = await command.ExecuteAsync(input.SourceSystem, rows.Value, context.Caller().PartnerId, context.CancellationToken).ConfigureAwait(false);
        return report.Succeeded ? Payload<CustomerImportReport>.Success(report.Value) : Payload<CustomerImportReport>.Failure(report.Errors);
    }
}
