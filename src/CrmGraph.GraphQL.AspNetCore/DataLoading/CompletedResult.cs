using GraphQL.DataLoader;

namespace CrmGraph.GraphQL.AspNetCore.DataLoading;

/// <summary>A data-loader result that is already known, for fields that need no loading (e.g. a null key).</summary>
public sealed class CompletedResult<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
