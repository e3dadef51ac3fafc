using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;

namespace CrmGraph.GraphQL.AspNetCore.Telemetry;

/// <summary>
/// Traces and measures each GraphQL operation the transports run: a span named after the operation and a duration
/// histogram. Nothing is computed beyond a null check while no tracer or meter listener is attached.
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> name to listen to.</summary>
    public const string SourceName = "CrmGraph.GraphQL";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(SourceName);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "graphql.server.operation.duration", unit: "s", description: "How long GraphQL operations take to execute, until their result is ready.");

    /// <summary>Starts an operation's span, renamed once the operation is known; null while nobody listens.</summary>
    internal static Activity? StartOperation() => Source.StartActivity("graphql", ActivityKind.Internal);

    /// <summary>Completes <paramref name="span"/> with what the operation turned out to be, and records its duration.</summary>
    internal static void Finish(Activity? span, ExecutedOperation operation, string? document)
    {
        var firstError = operation.ErrorCount > 0 ? operation.ErrorCodes.FirstOrDefault() ?? "ERROR" : null;
        if (span is { IsAllDataRequested: true })
        {
            span.DisplayName = operation.Name is null ? operation.Kind : $"{operation.Kind} {operation.Name}";
            span.SetTag("graphql.operation.type", operation.Kind);
            span.SetTag("graphql.operation.name", operation.Name);
            span.SetTag("graphql.document.hash", document is null ? null : Hash(document));
            span.SetTag("graphql.error.count", operation.ErrorCount);
            if (firstError is not null)
            {
                span.SetStatus(ActivityStatusCode.Error, firstError);
            }
        }

        if (Duration.Enabled)
        {
            Duration.Record(
                operation.Duration.TotalSeconds,
                new KeyValuePair<string, object?>("graphql.operation.type", operation.Kind),
                new KeyValuePair<string, object?>("error.type", firstError));
        }
    }

    /// <summary>Identifies a document without recording its text (which may hold literal values): its SHA-256, in hex.</summary>
    private static string Hash(string document) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
