namespace CrmGraph.GraphQL.Common;

/// <summary>Orders rows in memory exactly as the keyset ordering does in SQL (strings ordinally, like the database).</summary>
public sealed class SortKeyComparer<TEntity>(IReadOnlyList<SortKey<TEntity>> order) : IComparer<TEntity>
{
    public int Compare(TEntity? x, TEntity? y)
    {
        foreach (var key in order)
        {
            var left = key.ReadFrom(x!);
            var right = key.ReadFrom(y!);
            var result = left is string a && right is string b
                ? string.CompareOrdinal(a, b)
                : Comparer<object?>.Default.Compare(left, right);
            if (result != 0)
            {
                return key.Descending ? -result : result;
            }
        }

        return 0;
    }
}
