using GraphQL.DataLoader;

namespace CrmGraph.GraphQL.AspNetCore.DataLoading;

/// <summary>
/// Collects the keys asked for while the executor walks one level of the document, and fetches all of them
/// in a single call the first time any of their results is awaited. Each key is fetched once per request.
/// </summary>
public abstract class KeyedLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _results = [];
    private readonly List<TKey> _queued = [];

    public IDataLoaderResult<TValue> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                result = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _results.Add(key, result);
                _queued.Add(key);
            }

            return new Pending(this, result);
        }
    }

    /// <summary>Fetches the values of <paramref name="keys"/>; keys left out of the answer get <see cref="Missing"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the fetch did not answer.</summary>
    protected abstract TValue Missing { get; }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_gate)
        {
            if (_queued.Count == 0)
            {
                return;
            }

            keys = [.. _queued];
            _queued.Clear();
        }

        try
        {
            var values = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
            foreach (var key in keys)
            {
                _results[key].TrySetResult(values.TryGetValue(key, out var value) ? value : Missing);
            }
        }
        catch (Exception exception)
        {
            foreach (var key in keys)
            {
                _results[key].TrySetException(exception);
            }
        }
    }

    private sealed class Pending(KeyedLoader<TKey, TValue> loader, TaskCompletionSource<TValue> result) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!result.Task.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
            }

            return await result.Task.ConfigureAwait(false);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
