using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Catalog;

namespace CrmGraph.GraphQL.Pricing;

public sealed class ChangePriceInputType : InputObjectGraphType<ChangePriceInput>
{
    public ChangePriceInputType()
    {
        Name = "ChangePriceInput";
        Description = "A new price for one product on one list, target and quantity break, from an instant on.";
        Field<NonNullGraphType<IdGraphType>>("productId").Description($"A {ServiceProductType.TypeName} id.");
        Field<NonNullGraphType<IdGraphType>>("priceListId").Description($"A {PriceListType.TypeName} id.");
        Field<NonNullGraphType<MoneyInputType>>("amount").Description("Per unit, not negative, in the list's currency.");
        Field<EnumerationGraphType<CustomerSegment>>("segment").Description("Only for this segment; everyone when omitted.");
        Field<EnumerationGraphType<LoyaltyTier>>("loyaltyTier").Description("Only for this tier; every tier when omitted.");
        Field<NonNullGraphType<IntGraphType>>("minQuantity").DefaultValue(1).Description("The quantity break it applies from.");
        Field<InstantGraphType>("effectiveFrom").Description("Now when omitted; never in the past. The price in force then ends there.");
    }
}
