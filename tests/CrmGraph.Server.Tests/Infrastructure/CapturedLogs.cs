using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// Keeps a server's log entries, with their structured properties, so tests can read what it logged: every category's,
/// or only <paramref name="category"/>'s.
/// </summary>
public sealed class CapturedLogs(string? category = null) : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) =>
        category is null || category == categoryName ? new CapturingLogger(categoryName, _entries) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));
        }
    }
}
