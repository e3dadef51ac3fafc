namespace CrmGraph.GraphQL.Pricing;

public sealed class CreatePriceListInputType : InputObjectGraphType<CreatePriceListInput>
{
    public CreatePriceListInputType()
    {
        Name = "CreatePriceListInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Unique; at most 32 characters.");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 code; every price of the list is in it.");
        Field<NonNullGraphType<BooleanGraphType>>("isDefault").DefaultValue(false).Description("Make it the list quotes use unless another is named (the previous default stops being one).");
    }
}
