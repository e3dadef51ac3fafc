namespace CrmGraph.GraphQL.Catalog;

public sealed class CreateAddOnServiceInputType : InputObjectGraphType<CreateAddOnServiceInput>
{
    public CreateAddOnServiceInputType()
    {
        Name = "CreateAddOnServiceInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Unique, fixed once created; at most 32 characters.");
        AddOnServiceFields.AddTo(this);
    }
}
