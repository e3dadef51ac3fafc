namespace CrmGraph.GraphQL.Catalog;

public sealed class UpdateAddOnServiceInputType : VersionedInputType<AddOnServiceInput>
{
    public UpdateAddOnServiceInputType()
        : base("UpdateAddOnServiceInput", AddOnServiceType.TypeName, "Every field of the add-on but its code, as it is to be.")
    {
        AddOnServiceFields.AddTo(this);
    }
}
