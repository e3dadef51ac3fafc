namespace CrmGraph.Data.Diagnostics;

/// <summary>
/// Counts the SQL statements the whole server sends, so that tests and benchmarks can prove that nested fields
/// are loaded in batches rather than one statement per row.
/// </summary>
public sealed class SqlStatementCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    internal void Increment() => Interlocked.Increment(ref _count);
}
