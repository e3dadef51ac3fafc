using System.Linq.Expressions;

namespace CrmGraph.GraphQL.Common;

internal static class KeysetOrder
{
    /// <summary>
    /// Turns an <c>order</c> argument (or <paramref name="byDefault"/> when it is empty) into keyset sort keys:
    /// each field at most once, then the id in the last key's direction, for a total order.
    /// </summary>
    public static IReadOnlyList<SortKey<TEntity>> From<TEntity, TField>(
        IReadOnlyList<Sort<TField>>? order,
        Sort<TField> byDefault,
        Func<TField, SortDirection, SortKey<TEntity>> key,
        Expression<Func<TEntity, int>> id)
        where TField : struct, Enum
    {
        var sorts = order is { Count: > 0 } ? order : [byDefault];
        if (sorts.Select(s => s.Field).Distinct().Count() != sorts.Count)
        {
            throw new ExecutionError("Each field may appear once in 'order'.") { Code = ErrorCodes.InvalidArgument };
        }

        var keys = sorts.Select(s => key(s.Field, s.Direction)).ToList();
        keys.Add(SortKey<TEntity>.By(id, sorts[^1].Direction));
        return keys;
    }
}
