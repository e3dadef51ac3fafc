using System.Collections.Concurrent;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// What the test schema's resolvers did, shared by every request of one host. Each test tags its requests with
/// its own run id, so tests running side by side never see each other's calls.
/// </summary>
public sealed class TestProbe
{
    private readonly ConcurrentDictionary<(string Run, string Loader), ConcurrentQueue<int[]>> _fetches = new();
    private readonly ConcurrentDictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly ChangeSignal _changes = new();

    public static string NewRun() => Guid.NewGuid().ToString("N");

    public void RecordFetch(string run, string loader, IEnumerable<int> keys) =>
        _fetches.GetOrAdd((run, loader), _ => new ConcurrentQueue<int[]>()).Enqueue([.. keys]);

    /// <summary>The keys of every fetch the named loader made for <paramref name="run"/>, in order.</summary>
    public IReadOnlyList<int[]> Fetches(string run, string loader) =>
        _fetches.TryGetValue((run, loader), out var calls) ? [.. calls] : [];

    public int Increment(string counter)
    {
        var value = _counters.AddOrUpdate(counter, 1, (_, value) => value + 1);
        _changes.Notify();
        return value;
    }

    public int Counter(string counter) => _counters.GetValueOrDefault(counter);

    /// <summary>Waits until <paramref name="counter"/> reaches <paramref name="value"/>.</summary>
    public Task WaitForCounterAsync(string counter, int value) =>
        _changes.WaitUntilAsync(() => Counter(counter) == value, $"counter '{counter}' to reach {value}");
}
