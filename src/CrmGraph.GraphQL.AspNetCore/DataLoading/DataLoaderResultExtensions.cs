using GraphQL.DataLoader;

namespace CrmGraph.GraphQL.AspNetCore.DataLoading;

public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a pending result once it is loaded, without loading it early.</summary>
    public static IDataLoaderResult<TResult> Then<TSource, TResult>(this IDataLoaderResult<TSource> source, Func<TSource, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return new ContinuationResult<TSource, TResult>(source, selector);
    }
}
