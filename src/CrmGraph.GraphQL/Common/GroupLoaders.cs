
namespace CrmGraph.GraphQL.Common;

public static class GroupLoaders
{
    /// <summary>
    /// Loads the values of many keys in one statement: <paramref name="query"/> gets every key asked for
    /// on this level and returns (key, value) pairs in the order the values should appear.
    /// </summary>
    public static IDataLoaderResult<IEnumerable<TValue>> LoadGroup<TValue>(
        this IResolveFieldContext context,
        string loaderName,
        int key,
        Func<CrmDbContext, List<int>, IQueryable<KeyValuePair<int, TValue>>> query)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db();
        return context.DataLoaders()
            .Group<int, TValue>(
                loaderName,
                async (keys, cancellationToken) =>
                {
                    var pairs = await query(db, keys.ToList()).ToListAsync(cancellationToken).ConfigureAwait(false);
                    return pairs.ToLookup(p => p.Key, p => p.Value);
                })
            .LoadAsync(key);
    }
}
