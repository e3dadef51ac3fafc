using System.Linq.Expressions;

namespace CrmGraph.GraphQL.Common;

/// <summary>The shapes of condition a <c>where</c> input is made of, each skipped when the client left it out.</summary>
public static class QueryConditions
{
    /// <summary>Rows whose <paramref name="selector"/> is any of <paramref name="values"/>; all rows when none are given.</summary>
    public static IQueryable<T> WhereAnyOf<T, TValue>(this IQueryable<T> source, IReadOnlyCollection<TValue>? values, Expression<Func<T, TValue>> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (values is not { Count: > 0 })
        {
            return source;
        }

        var wanted = values.ToList();
        var contains = Expression.Call(Expression.Constant(wanted), typeof(List<TValue>).GetMethod(nameof(List<TValue>.Contains))!, selector.Body);
        return source.Where(Expression.Lambda<Func<T, bool>>(contains, selector.Parameters));
    }

    /// <summary>Rows for which <paramref name="condition"/> is <paramref name="wanted"/>; all rows when it is null.</summary>
    public static IQueryable<T> WhereIs<T>(this IQueryable<T> source, bool? wanted, Expression<Func<T, bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return wanted switch
        {
            null => source,
            true => source.Where(condition),
            false => source.Where(Expression.Lambda<Func<T, bool>>(Expression.Not(condition.Body), condition.Parameters)),
        };
    }
}
