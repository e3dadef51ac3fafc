namespace CrmGraph.GraphQL.AspNetCore.DataLoading;

/// <summary>Many values per key (e.g. the children of a parent); a key the fetch does not answer loads as empty.</summary>
public sealed class GroupLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
    : KeyedLoader<TKey, IEnumerable<TValue>>
    where TKey : notnull
{
    protected override IEnumerable<TValue> Missing => [];

    protected override async Task<IReadOnlyDictionary<TKey, IEnumerable<TValue>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var lookup = await fetch(keys, cancellationToken).ConfigureAwait(false);
        return lookup.ToDictionary(group => group.Key, group => (IEnumerable<TValue>)group.ToList());
    }
}
