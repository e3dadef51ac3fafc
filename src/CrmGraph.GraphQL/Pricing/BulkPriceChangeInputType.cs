using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Pricing;

public sealed class BulkPriceChangeInputType : InputObjectGraphType<BulkPriceChangeInput>
{
    public BulkPriceChangeInputType()
    {
        Name = "BulkPriceChangeInput";
        Description = "Raise or lower every price of a list in force at an instant by a percentage, from that instant on.";
        Field<NonNullGraphType<IdGraphType>>("priceListId").Description($"A {PriceListType.TypeName} id.");
        Field<NonNullGraphType<DecimalGraphType>>("percent").Description("Positive raises, negative lowers; above -100, at most 1000, not 0.");
        Field<NonNullGraphType<DecimalGraphType>>("roundTo").DefaultValue(0.01m)
            .Description("Each new price is rounded to the nearest multiple of this step (halves away from zero), e.g. 0.10.");
        Field<NonNullGraphType<InstantGraphType>>("effectiveFrom").Description("Never in the past.");
        Field<EnumerationGraphType<ServiceCategory>>("category").Description("Only the prices of products in this category.");
    }
}
