using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

/// <summary>Adds an add-on service, for the products named, recording who did it.</summary>
internal static class CreateAddOnServiceCommand
{
    public static async Task<Payload<AddOnService>> RunAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<CreateAddOnServiceInput>("input");
        var db = context.Db();
        var details = input.ToDetails();
        var outcome = AddOnService.Create(input.Code, details);
        var errors = outcome.Errors.ToList();
        errors.AddRange(await AllowedProducts.CheckAsync(db, details, context.CancellationToken).ConfigureAwait(false));
        if (outcome.Succeeded && await db.AddOnServices.AnyAsync(a => a.Code == outcome.Value.Code, context.CancellationToken).ConfigureAwait(false))
        {
            errors.Add(CatalogueLog.CodeTaken("add-on", input.Code));
        }

        if (errors.Count > 0)
        {
            return Payload<AddOnService>.Failure(errors);
        }

        var now = context.Service<TimeProvider>().GetUtcNow();
        var by = context.AdministratorId();
        await CatalogueLog.AddAndRecordAsync(db, outcome.Value, a => CatalogueChange.OfAddOn(CatalogueChangeKind.AddOnCreated, a, by, now), context.CancellationToken)
            .ConfigureAwait(false);
        return Payload<AddOnService>.Success(outcome.Value);
    }
}
