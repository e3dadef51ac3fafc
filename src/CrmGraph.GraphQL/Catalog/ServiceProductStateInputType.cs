namespace CrmGraph.GraphQL.Catalog;

public sealed class ServiceProductStateInputType : VersionedInputType<VersionedInput>
{
    public ServiceProductStateInputType()
        : base("ServiceProductStateInput", ServiceProductType.TypeName, "The product to retire or reinstate.")
    {
    }
}
