using System.Threading.Channels;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Events;

/// <summary>
/// Records what a subscription delivers so that a test can await it, then runs <paramref name="then"/> on each event
/// (to block or throw like a slow or broken subscriber would).
/// </summary>
public sealed class RecordingObserver<T>(Action<T>? then = null) : IObserver<T>
{
    /// <summary>How long a test waits for an event before failing.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<T> _received = Channel.CreateUnbounded<T>();
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether an event arrived that no test has taken yet.</summary>
    public bool HasMore => _received.Reader.TryPeek(out _);

    public bool IsCompleted => _completed.Task.IsCompleted;

    public void OnNext(T value)
    {
        _received.Writer.TryWrite(value);
        then?.Invoke(value);
    }

    public void OnError(Exception error) => _completed.TrySetException(error);

    public void OnCompleted() => _completed.TrySetResult();

    /// <summary>Waits up to <paramref name="limit"/> for an event not yet taken; says whether one is there.</summary>
    public async Task<bool> WaitForMoreAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            return await _received.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async Task<T> NextAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public async Task<IReadOnlyList<T>> TakeAsync(int count)
    {
        var taken = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            taken.Add(await NextAsync());
        }

        return taken;
    }

    public Task WhenCompletedAsync() => _completed.Task.WaitAsync(Patience);
}
