namespace CrmGraph.GraphQL.Catalog;

public sealed class UpdateServiceProductInputType : VersionedInputType<ServiceProductInput>
{
    public UpdateServiceProductInputType()
        : base("UpdateServiceProductInput", ServiceProductType.TypeName, "Every field of the product but its code, as it is to be.")
    {
        ServiceProductFields.AddTo(this);
    }
}
