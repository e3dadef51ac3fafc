namespace CrmGraph.GraphQL.AspNetCore.DataLoading;

/// <summary>One value per key (e.g. an entity by id); a key the fetch does not answer loads as default.</summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    : KeyedLoader<TKey, TValue?>
    where TKey : notnull
{
    protected override TValue? Missing => default;

    protected override async Task<IReadOnlyDictionary<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await fetch(keys, cancellationToken).ConfigureAwait(false);
        return values.ToDictionary(pair => pair.Key, pair => (TValue?)pair.Value);
    }
}
