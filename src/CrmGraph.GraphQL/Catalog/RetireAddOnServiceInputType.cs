namespace CrmGraph.GraphQL.Catalog;

public sealed class RetireAddOnServiceInputType : VersionedInputType<VersionedInput>
{
    public RetireAddOnServiceInputType()
        : base("RetireAddOnServiceInput", AddOnServiceType.TypeName, "The add-on to sell no more.")
    {
    }
}
