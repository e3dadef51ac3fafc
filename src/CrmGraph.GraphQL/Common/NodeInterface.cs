namespace CrmGraph.GraphQL.Common;

/// <summary>The Relay <c>Node</c> interface: anything with a global id can be fetched again by <c>node(id)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global, opaque id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id.");
    }
}
