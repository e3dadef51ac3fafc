namespace CrmGraph.GraphQL.AspNetCore.Events;

public static class ObservableFiltering
{
    /// <summary>The events of <paramref name="source"/> that satisfy <paramref name="predicate"/>; the rest never reach the observer.</summary>
    public static IObservable<T> Where<T>(this IObservable<T> source, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return new FilteredObservable<T>(source, predicate);
    }

    private sealed class FilteredObservable<T>(IObservable<T> source, Func<T, bool> predicate) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer) => source.Subscribe(new FilteringObserver(observer, predicate));

        private sealed class FilteringObserver(IObserver<T> inner, Func<T, bool> predicate) : IObserver<T>
        {
            public void OnNext(T value)
            {
                if (predicate(value))
                {
                    inner.OnNext(value);
                }
            }

            public void OnError(Exception error) => inner.OnError(error);

            public void OnCompleted() => inner.OnCompleted();
        }
    }
}
