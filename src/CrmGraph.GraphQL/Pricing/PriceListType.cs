using CrmGraph.Domain.Pricing;

namespace CrmGraph.GraphQL.Pricing;

public sealed class PriceListType : NodeGraphType<PriceList>
{
    public const string TypeName = "PriceList";

    public PriceListType()
        : base(TypeName, l => l.Id, "A named set of prices in one currency.")
    {
        Field(l => l.Code);
        Field(l => l.Name);
        Field(l => l.Currency);
        Field(l => l.IsDefault).Description("Quotes use this list unless another is named.");
    }
}
