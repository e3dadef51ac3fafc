namespace CrmGraph.GraphQL.Catalog;

internal static class AddOnServiceFields
{
    /// <summary>The input fields an administrator sets on an add-on, shared by creating and updating it.</summary>
    public static void AddTo<T>(InputObjectGraphType<T> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("name");
        input.Field<NonNullGraphType<StringGraphType>>("description").DefaultValue(string.Empty);
        input.Field<NonNullGraphType<MoneyInputType>>("price").Description("Price per unit; not negative.");
        input.Field<NonNullGraphType<IntGraphType>>("maxQuantityPerOrder").Description("At least 1.");
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("allowedProductIds")
            .Description("The ServiceProduct ids it may be sold with: exactly these, replacing any before.");
    }
}
