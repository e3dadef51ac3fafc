using CrmGraph.Domain.Catalog;
using CrmGraph.GraphQL.Pricing;

namespace CrmGraph.GraphQL.Catalog;

public sealed class ServiceProductType : NodeGraphType<ServiceProduct>
{
    public const string TypeName = "ServiceProduct";

    public ServiceProductType()
        : base(TypeName, p => p.Id, "A service offering in the catalogue.")
    {
        Field(p => p.Code);
        Field(p => p.Name);
        Field(p => p.Description);
        Field<NonNullGraphType<EnumerationGraphType<ServiceCategory>>>("category").Resolve(ctx => ctx.Source.Category);
        Field<NonNullGraphType<EnumerationGraphType<DeliveryMode>>>("deliveryMode").Resolve(ctx => ctx.Source.DeliveryMode);
        Field<NonNullGraphType<EnumerationGraphType<BillingUnit>>>("billingUnit").Resolve(ctx => ctx.Source.BillingUnit);
        Field<NonNullGraphType<IntGraphType>>("responseTargetHours")
            .Description("Service-level term: hours within which someone responds.")
            .Resolve(ctx => (int)ctx.Source.ResponseTarget.TotalHours);
        Field<NonNullGraphType<IntGraphType>>("resolutionTargetHours")
            .Description("Service-level term: hours within which the matter is resolved.")
            .Resolve(ctx => (int)ctx.Source.ResolutionTarget.TotalHours);
        Field(p => p.Active).Description("False once retired: no new quotes or orders.");
        Field(p => p.Version).Description("Changes on every edit; send it back to detect concurrent edits.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceType>>>>("prices")
            .Description("Prices in force now (or at 'at'), on every price list: one per target and quantity break.")
            .Argument<InstantGraphType>("at", "The instant; now when omitted.")
            .Resolve(ctx => CatalogLoaders.PricesInForce(ctx, ctx.GetArgument<DateTimeOffset?>("at")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceType>>>>("priceHistory")
            .Description("Every price the product has had or will have, newest first.")
            .Resolve(ctx => CatalogLoaders.PriceHistory(ctx));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AddOnServiceType>>>>("allowedAddOns")
            .Description("Add-on services that may be sold with this product.")
            .Resolve(ctx => CatalogLoaders.AllowedAddOns(ctx));
    }
}
