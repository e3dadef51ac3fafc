using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

/// <summary>Adds a product to the catalogue, recording who did it.</summary>
internal static class CreateServiceProductCommand
{
    public static async Task<Payload<ServiceProduct>> RunAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<CreateServiceProductInput>("input");
        var db = context.Db();
        var outcome = ServiceProduct.Create(input.Code, input.ToDetails());
        if (!outcome.Succeeded)
        {
            return Payload<ServiceProduct>.Failure(outcome.Errors);
        }

        var product = outcome.Value;
        if (await db.ServiceProducts.AnyAsync(p => p.Code == product.Code, context.CancellationToken).ConfigureAwait(false))
        {
            return Payload<ServiceProduct>.Failure(CatalogueLog.CodeTaken("product", product.Code));
        }

        var now = context.Service<TimeProvider>().GetUtcNow();
        var by = context.AdministratorId();
        await CatalogueLog.AddAndRecordAsync(db, product, p => CatalogueChange.OfProduct(CatalogueChangeKind.ProductCreated, p, by, now), context.CancellationToken)
            .ConfigureAwait(false);
        return Payload<ServiceProduct>.Success(product);
    }
}
