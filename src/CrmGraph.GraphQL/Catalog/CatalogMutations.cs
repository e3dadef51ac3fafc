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
        ItemChange<ServiceProduct, ServiceProductPayloadType, TInput, TInputType>(
            mutation, name, description, ServiceProductType.TypeName, (product, by, at) => CatalogueChange.OfProduct(kind, product, by, at),
            (product, input, _, _) => ValueTask.FromResult(change(product, input)));

    private static void AddOnChange<TInput, TInputType>(
        ObjectGraphType mutation,
        string name,
        string description,
        CatalogueChangeKind kind,
        Func<AddOnService, TInput, CrmDbContext, CancellationToken, ValueTask<IReadOnlyList<DomainError>>> change)
        where TInput : VersionedInput
        where TInputType : VersionedInputType<TInput> =>
        ItemChange<AddOnService, AddOnServicePayloadType, TInput, TInputType>(
            mutation, name, description, AddOnServiceType.TypeName, (addOn, by, at) => CatalogueChange.OfAddOn(kind, addOn, by, at), change);

    /// <summary>An edit of a product or add-on: versioned, pricing.admin only, recorded in the catalogue's change log when it succeeds.</summary>
    private static void ItemChange<TItem, TPayloadType, TInput, TInputType>(
        ObjectGraphType mutation,
        string name,
        string description,
        string typeName,
        Func<TItem, int, DateTimeOffset, CatalogueChange> record,
        Func<TItem, TInput, CrmDbContext, CancellationToken, ValueTask<IReadOnlyList<DomainError>>> change)
        where TItem : class, IVersioned
        where TPayloadType : IGraphType
        where TInput : VersionedInput
        where TInputType : VersionedInputType<TInput> =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .PricingAdminOnly()
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var by = ctx.AdministratorId();
                return await VersionedChange.RunAsync<TItem>(ctx, typeName, input.Id, input.Version, async (item, db, now) =>
                {
                    var errors = await change(item, input, db, ctx.CancellationToken).ConfigureAwait(false);
                    if (errors.Count == 0)
                    {
                        db.CatalogueChanges.Add(record(item, by, now));
                    }

                    return errors;
                }).ConfigureAwait(false);
            });
}
