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
            .PagedBy(ctx => source(ctx.Db()).AsNoTracking(), _ => order);
    }

    /// <summary>
    /// Adds the Relay paging arguments and resolves the field as a keyset-paged connection of the rows
    /// <paramref name="source"/> selects, in the order <paramref name="order"/> reads from the request.
    /// </summary>
    public static FieldBuilder<TSource, object> PagedBy<TSource, TEntity>(
        this FieldBuilder<TSource, object> field,
        Func<IResolveFieldContext<TSource>, IQueryable<TEntity>> source,
        Func<IResolveFieldContext<TSource>, IReadOnlyList<SortKey<TEntity>>> order)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Paged()
            .ResolveAsync(async ctx => await KeysetPager.PageAsync(
                source(ctx),
                order(ctx),
                PageRequest.From(ctx),
                rows => rows,
                ctx.Selects("totalCount"),
                ctx.CancellationToken).ConfigureAwait(false));
    }
}
