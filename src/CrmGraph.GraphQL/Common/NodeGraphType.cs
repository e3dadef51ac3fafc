namespace CrmGraph.GraphQL.Common;

/// <summary>
/// An object type that implements <c>Node</c>: its <c>id</c> is the global id of the entity's key.
/// </summary>
public abstract class NodeGraphType<TEntity> : ObjectGraphType<TEntity>
{
    protected NodeGraphType(string name, Func<TEntity, int> key, string description)
    {
        ArgumentNullException.ThrowIfNull(key);
        Name = name;
        Description = description;
        Interface<NodeInterface>();

        // Whatever field reaches an entity (a query or a mutation's payload), reading it needs read access.
        this.AuthorizeWithPolicy(CrmPolicies.Read);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id.").Resolve(ctx => GlobalId.Encode(name, key(ctx.Source)));
    }
}
