using System.Linq.Expressions;
using GraphQL.Types.Relay.DataObjects;

namespace CrmGraph.GraphQL.Common;

/// <summary>
/// Pages a query by keyset: the page after a cursor is "rows whose sort keys come after the cursor's",
/// answered by an index seek, so deep pages are as cheap as the first and stable under inserts.
/// </summary>
public static class KeysetPager
{
    public static async Task<Connection<TResult>> PageAsync<TEntity, TResult>(
        IQueryable<TEntity> source,
        IReadOnlyList<SortKey<TEntity>> order,
        PageRequest page,
        Func<IReadOnlyList<TEntity>, IReadOnlyList<TResult>> map,
        bool includeTotalCount,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(map);
        int? total = includeTotalCount ? await source.CountAsync(cancellationToken).ConfigureAwait(false) : null;

        var rows = await Slice(source, order, page).ToListAsync(cancellationToken).ConfigureAwait(false);

        var hasMore = rows.Count > page.Size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (page.Backward)
        {
            rows.Reverse();
        }

        return ConnectionSlice.Build(
            rows,
            map(rows),
            order,
            hasNextPage: page.Backward ? page.Cursor is not null : hasMore,
            hasPreviousPage: page.Backward ? hasMore : page.Cursor is not null,
            total);
    }

    /// <summary>
    /// The rows of one page plus one more (which tells whether another page follows), in paging order:
    /// reversed when paging backward.
    /// </summary>
    public static IQueryable<TEntity> Slice<TEntity>(IQueryable<TEntity> source, IReadOnlyList<SortKey<TEntity>> order, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var query = source;
        if (page.Cursor is not null)
        {
            query = query.Where(After(order, Cursor.Decode(page.Cursor, order), reverse: page.Backward));
        }

        return ApplyOrder(query, order, reverse: page.Backward).Take(page.Size + 1);
    }

    public static IQueryable<TEntity> ApplyOrder<TEntity>(IQueryable<TEntity> query, IReadOnlyList<SortKey<TEntity>> order, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Provider.CreateQuery<TEntity>(ApplyOrder(query.Expression, order, reverse));
    }

    /// <summary>Adds OrderBy/ThenBy calls for <paramref name="order"/> to a query expression.</summary>
    public static Expression ApplyOrder<TEntity>(Expression query, IReadOnlyList<SortKey<TEntity>> order, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(order);
        var expression = query;
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            var descending = key.Descending ^ reverse;
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(
                typeof(Queryable),
                method,
                [typeof(TEntity), key.KeyType],
                expression,
                Expression.Quote(key.Selector));
        }

        return expression;
    }

    /// <summary>
    /// (k1 after v1) or (k1 = v1 and k2 after v2) or … — "after" meaning later in the ordering (earlier when
    /// reversed for backward paging).
    /// </summary>
    private static Expression<Func<TEntity, bool>> After<TEntity>(IReadOnlyList<SortKey<TEntity>> order, object?[] values, bool reverse)
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        Expression? any = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            var column = new ParameterReplacer(key.Selector.Parameters[0], row).Visit(key.Selector.Body);
            var value = Parameterized(values[i], key.KeyType);
            var later = Compare(column, value, greater: key.Descending == reverse);
            var term = equalSoFar is null ? later : Expression.AndAlso(equalSoFar, later);
            any = any is null ? term : Expression.OrElse(any, term);
            var equal = Expression.Equal(column, value);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        return Expression.Lambda<Func<TEntity, bool>>(any!, row);
    }

    private static Expression Compare(Expression column, Expression value, bool greater)
    {
        if (column.Type == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, column, value);
            var zero = Expression.Constant(0);
            return greater ? Expression.GreaterThan(compare, zero) : Expression.LessThan(compare, zero);
        }

        return greater ? Expression.GreaterThan(column, value) : Expression.LessThan(column, value);
    }

    /// <summary>Reads the value through a closure so EF Core sends it as a parameter, not a literal.</summary>
    private static MemberExpression Parameterized(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed class ValueHolder<T>(T value)
    {
        public T Value { get; } = value;
    }

}
