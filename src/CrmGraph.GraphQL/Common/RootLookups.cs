namespace CrmGraph.GraphQL.Common;

public static class RootLookups
{
    /// <summary>
    /// Adds a top-level field that returns one entity by its global id, loaded in a batch; an id naming nothing
    /// the caller can see is a NOT_FOUND error.
    /// </summary>
    public static FieldBuilder<object?, object> AddLookupById<TEntity, TNodeType>(
        this ObjectGraphType query,
        string name,
        string typeName,
        string noun)
        where TEntity : class
        where TNodeType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Field<TNodeType>(name)
            .Description($"One {noun} by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                return ctx.LoadById<TEntity>(GlobalId.ParseFor(typeName, id, "id"))
                    .Then(entity => entity ?? throw new ExecutionError($"No {noun} has id '{id}'.") { Code = ErrorCodes.NotFound });
            });
    }
}
