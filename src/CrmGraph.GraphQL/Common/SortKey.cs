using System.Linq.Expressions;

namespace CrmGraph.GraphQL.Common;

/// <summary>One column of a keyset ordering: how to read it in SQL and in memory, and which way it runs.</summary>
public sealed class SortKey<TEntity>
{
    private readonly Func<TEntity, object?> _read;

    private SortKey(LambdaExpression selector, bool descending)
    {
        Selector = selector;
        Descending = descending;
        var parameter = selector.Parameters[0];
        _read = Expression.Lambda<Func<TEntity, object?>>(Expression.Convert(selector.Body, typeof(object)), parameter).Compile();
    }

    public LambdaExpression Selector { get; }

    public bool Descending { get; }

    public Type KeyType => Selector.ReturnType;

    public static SortKey<TEntity> Ascending<TKey>(Expression<Func<TEntity, TKey>> selector) => new(selector, descending: false);

    public static SortKey<TEntity> Descend<TKey>(Expression<Func<TEntity, TKey>> selector) => new(selector, descending: true);

    public static SortKey<TEntity> By<TKey>(Expression<Func<TEntity, TKey>> selector, SortDirection direction) =>
        new(selector, descending: direction == SortDirection.Desc);

    public object? ReadFrom(TEntity entity) => _read(entity);
}
