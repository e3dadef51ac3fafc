using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>Keeps every span a server's tracer provider ends, safe to read while the server adds more.</summary>
public sealed class SpanRecorder : BaseProcessor<Activity>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly ConcurrentQueue<Activity> _spans = new();

    public override void OnEnd(Activity data) => _spans.Enqueue(data);

    /// <summary>
    /// The spans of one trace, once one of them satisfies <paramref name="complete"/> (the server span ends only
    /// after the response has gone out) or the patience ran out.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> TraceAsync(ActivityTraceId traceId, Func<Activity, bool> complete)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!Trace(traceId).Any(complete) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return Trace(traceId);
    }

    /// <summary>The spans of one trace recorded so far.</summary>
    public IReadOnlyList<Activity> Trace(ActivityTraceId traceId) => _spans.Where(span => span.TraceId == traceId).ToList();
}
