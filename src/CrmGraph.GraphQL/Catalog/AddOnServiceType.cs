using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

public sealed class AddOnServiceType : NodeGraphType<AddOnService>
{
    public const string TypeName = "AddOnService";

    public AddOnServiceType()
        : base(TypeName, a => a.Id, "An optional extra sold with some service products.")
    {
        Field(a => a.Code);
        Field(a => a.Name);
        Field(a => a.Description);
        Field<NonNullGraphType<MoneyType>>("price").Description("Price per unit.").Resolve(ctx => ctx.Source.Price);
        Field(a => a.MaxQuantityPerOrder).Description("The most units one order may hold.");
        Field(a => a.Active).Description("False once retired: sold no more.");
        Field(a => a.Version).Description("Changes on every edit; send it back to detect concurrent edits.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceProductType>>>>("allowedProducts")
            .Description("The products this add-on may be attached to.")
            .Resolve(ctx => CatalogLoaders.AllowedProducts(ctx));
    }
}
