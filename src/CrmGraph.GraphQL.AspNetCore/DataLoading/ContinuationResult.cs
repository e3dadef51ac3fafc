using GraphQL.DataLoader;

namespace CrmGraph.GraphQL.AspNetCore.DataLoading;

/// <summary>
/// A loaded value passed through a function, computed once. When the function returns another pending
/// result, the executor queues that one in turn, so chained loads still batch across sibling fields.
/// </summary>
internal sealed class ContinuationResult<TSource, TResult>(IDataLoaderResult<TSource> source, Func<TSource, TResult> selector) : IDataLoaderResult<TResult>
{
    private Task<TResult>? _result;

    public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => _result ??= ComputeAsync(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);

    private async Task<TResult> ComputeAsync(CancellationToken cancellationToken) =>
        selector(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));
}
