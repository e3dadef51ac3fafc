using GraphQL.Types.Relay;

namespace CrmGraph.GraphQL.Common;

public static class RootConnections
{
    /// <summary>Adds a top-level connection over a whole table, in a fixed keyset order.</summary>
    public static FieldBuilder<object?, object> AddListConnection<TEntity, TNodeType>(
        this ObjectGraphType query,
        string name,
        string description,
        Func<CrmDbContext, IQueryable<TEntity>> source,
        IReadOnlyList<SortKey<TEntity>> order)
        where TEntity : class
        where TNodeType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Field<NonNullGraphType<ConnectionType<TNodeType>>>(name)
            .Description(description)
            .Paged()
            .ResolveAsync(async ctx => await KeysetPager.PageAsync(
                source(ctx.Db()).AsNoTracking(),
                order,
                PageRequest.From(ctx),
                rows => rows,
                ctx.Selects("totalCount"),
                ctx.CancellationToken).ConfigureAwait(false));
    }
}
