namespace CrmGraph.GraphQL.Pricing;

internal static class QuoteRequestFields
{
    /// <summary>The input fields that say what to price, shared by the quote and order inputs.</summary>
    public static void AddTo<T>(InputObjectGraphType<T> input)
    {
        input.Field<NonNullGraphType<IdGraphType>>("customerId");
        input.Field<NonNullGraphType<IdGraphType>>("productId").Description("A ServiceProduct id.");
        input.Field<NonNullGraphType<IntGraphType>>("quantity").Description("At least 1.");
        input.Field<ListGraphType<NonNullGraphType<AddOnQuantityInputType>>>("addOns").Description("Add-on services allowed for the product, each at most once.");
        input.Field<IdGraphType>("priceListId").Description("The price list to use; the default list when omitted.");
    }
}
