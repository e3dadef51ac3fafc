using Microsoft.Extensions.Logging;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>One log entry as the server wrote it: its category, level, event, rendered message and structured properties.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Properties);
