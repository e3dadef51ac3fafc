using System.Diagnostics;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>Lets a test await a condition on shared state without polling: every change wakes the waiters to check again.</summary>
public sealed class ChangeSignal
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // Taken before the check, so that a change between the check and the wait is not missed.
            var next = Volatile.Read(ref _next);
            if (condition())
            {
                return;
            }

            var left = Timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero || await Task.WhenAny(next.Task, Task.Delay(left)) != next.Task)
            {
                throw new TimeoutException($"Waited {Timeout.TotalSeconds} s for {what}.");
            }
        }
    }
}
