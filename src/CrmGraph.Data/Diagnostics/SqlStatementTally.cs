namespace CrmGraph.Data.Diagnostics;

/// <summary>
/// The SQL statements one service scope (a request, a WebSocket operation, a background pass) has sent, for the
/// log line of each GraphQL operation.
/// </summary>
public sealed class SqlStatementTally
{
    private int _count;
    private int _taken;

    internal void Increment() => Interlocked.Increment(ref _count);

    /// <summary>
    /// The statements sent since the previous call (or since the scope began), so that the operations of one
    /// batched request each get their own share.
    /// </summary>
    public int TakeNew()
    {
        var count = Volatile.Read(ref _count);
        return count - Interlocked.Exchange(ref _taken, count);
    }
}
