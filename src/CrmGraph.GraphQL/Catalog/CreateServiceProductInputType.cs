namespace CrmGraph.GraphQL.Catalog;

public sealed class CreateServiceProductInputType : InputObjectGraphType<CreateServiceProductInput>
{
    public CreateServiceProductInputType()
    {
        Name = "CreateServiceProductInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Unique, fixed once created; at most 32 characters.");
        ServiceProductFields.AddTo(this);
    }
}
