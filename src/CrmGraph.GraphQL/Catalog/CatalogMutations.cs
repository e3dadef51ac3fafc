using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

/// <summary>
/// Running the catalogue: products and add-on services, for service managers and administrators with pricing.admin.
/// Every change is recorded with who made it and when (<c>catalogueChanges</c>).
/// </summary>
internal static class CatalogMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ServiceProductPayloadType>>("createServiceProduct")
            .Description("Adds a service product to the catalogue; it has no price until one is set with changePrice.")
            .Argument<NonNullGraphType<CreateServiceProductInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx => await CreateServiceProductCommand.RunAsync(ctx).ConfigureAwait(false));
        ProductChange<ServiceProductInput, UpdateServiceProductInputType>(
            mutation, "updateServiceProduct", "Changes a product's name, description, classification, billing and service-level terms.", CatalogueChangeKind.ProductUpdated,
            (product, input) => product.Update(input.ToDetails()));
        ProductChange<VersionedInput, ServiceProductStateInputType>(
            mutation, "retireServiceProduct", "Retires a product: no new quotes or orders; its history, orders and prices stay readable.", CatalogueChangeKind.ProductRetired,
            (product, _) => VersionedChange.Errors(product.Retire()));
        ProductChange<VersionedInput, ServiceProductStateInputType>(
            mutation, "reinstateServiceProduct", "Puts a retired product back on sale.", CatalogueChangeKind.ProductReinstated,
            (product, _) => VersionedChange.Errors(product.Reinstate()));

        mutation.Field<NonNullGraphType<AddOnServicePayloadType>>("createAddOnService")
            .Description("Adds an add-on service with its price, per-order maximum and the products it may be sold with.")
            .Argument<NonNullGraphType<CreateAddOnServiceInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx => await CreateAddOnServiceCommand.RunAsync(ctx).ConfigureAwait(false));
        AddOnChange<AddOnServiceInput, UpdateAddOnServiceInputType>(
            mutation, "updateAddOnService", "Changes an add-on's text, price, per-order maximum and allowed products.", CatalogueChangeKind.AddOnUpdated,
            async (addOn, input, db, cancellationToken) =>
            {
                var details = input.ToDetails();
                var missing = await AllowedProducts.CheckAsync(db, details, cancellationToken).ConfigureAwait(false);
                return missing.Count > 0 ? missing : addOn.Update(details);
            });
        AddOnChange<VersionedInput, RetireAddOnServiceInputType>(
            mutation, "retireAddOnService", "Stops selling an add-on; orders that hold it keep it.", CatalogueChangeKind.AddOnRetired,
            (addOn, _, _, _) => ValueTask.FromResult(VersionedChange.Errors(addOn.Retire())));
    }

    private static void ProductChange<TInput, TInputType>(
        ObjectGraphType mutation, string name, string description, CatalogueChangeKind kind, Func<ServiceProduct, TInput, IReadOnlyList<DomainError>> change)
        where TInput : VersionedInput
        where TInputType : VersionedInputType<TInput> =>
        mutation.Field<NonNullGraphType<ServiceProductPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var by = ctx.AdministratorId();
                return await VersionedChange.RunAsync<ServiceProduct>(ctx, ServiceProductType.TypeName, input.Id, input.Version, (product, db, now) =>
                {
                    var errors = change(product, input);
                    if (errors.Count == 0)
                    {
                        db.CatalogueChanges.Add(CatalogueChange.OfProduct(kind, product, by, now));
                    }

                    return ValueTask.FromResult(errors);
                }).ConfigureAwait(false);
            });

    private static void AddOnChange<TInput, TInputType>(
        ObjectGraphType mutation,
        string name,
        string description,
        CatalogueChangeKind kind,
        Func<AddOnService, TInput, CrmDbContext, CancellationToken, ValueTask<IReadOnlyList<DomainError>>> change)
        where TInput : VersionedInput
        where TInputType : VersionedInputType<TInput> =>
        mutation.Field<NonNullGraphType<AddOnServicePayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var by = ctx.AdministratorId();
                return await VersionedChange.RunAsync<AddOnService>(ctx, AddOnServiceType.TypeName, input.Id, input.Version, async (addOn, db, now) =>
                {
                    var errors = await change(addOn, input, db, ctx.CancellationToken).ConfigureAwait(false);
                    if (errors.Count == 0)
                    {
                        db.CatalogueChanges.Add(CatalogueChange.OfAddOn(kind, addOn, by, now));
                    }

                    return errors;
                }).ConfigureAwait(false);
            });
}
