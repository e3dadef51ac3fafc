namespace CrmGraph.GraphQL.Orders;

public sealed class StartServiceOrderInputType : VersionedInputType<VersionedInput>
{
    public StartServiceOrderInputType()
        : base("StartServiceOrderInput", ServiceOrderType.TypeName, "A scheduled order whose work begins now.")
    {
    }
}
