namespace CrmGraph.GraphQL.Pricing;

public sealed class AddOnQuantityInputType : InputObjectGraphType<AddOnQuantityInput>
{
    public AddOnQuantityInputType()
    {
        Name = "AddOnQuantityInput";
        Field<NonNullGraphType<IdGraphType>>("addOnId").Description("An AddOnService id.");
        Field<NonNullGraphType<IntGraphType>>("quantity").DefaultValue(1);
    }
}
