namespace CrmGraph.GraphQL.AspNetCore.DataLoading;

/// <summary>
/// The loaders of one request, by name: every field asking for the same named loader shares it, so their
/// keys are fetched together and each key once. Registered as a scoped service.
/// </summary>
public sealed class DataLoaderRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Batch<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        GetOrAdd(name, () => new BatchLoader<TKey, TValue>(fetch));

    public GroupLoader<TKey, TValue> Group<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull =>
        GetOrAdd(name, () => new GroupLoader<TKey, TValue>(fetch));

    private TLoader GetOrAdd<TLoader>(string name, Func<TLoader> create)
        where TLoader : class
    {
        lock (_gate)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = create();
                _loaders.Add(name, loader);
            }

            return loader as TLoader ?? throw new InvalidOperationException($"The loader '{name}' was registered with other key or value types.");
        }
    }
}
