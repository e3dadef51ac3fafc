using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>Keeps every log entry of a host in memory, so tests can check what the server logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>The one error entry naming the <c>extensions.correlationId</c> of <paramref name="error"/>, which must have one.</summary>
    public LogEntry EntryNamedBy(JsonElement error)
    {
        var id = error.GetProperty("extensions").GetProperty("correlationId").GetString();
        Assert.False(string.IsNullOrWhiteSpace(id));
        return Assert.Single(Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains(id, StringComparison.Ordinal));
    }

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
