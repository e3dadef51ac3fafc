using System.Collections.Concurrent;
using System.Diagnostics;
using CrmGraph.GraphQL.AspNetCore.Telemetry;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Telemetry;

/// <summary>While something listens to the GraphQL activity source, each operation is one span named after it.</summary>
[Collection(ObservedHost.Collection)]
public sealed class OperationSpanTests(ObservedHost host)
{
    [Fact]
    public async Task Each_operation_is_one_span_with_its_kind_name_document_hash_and_error_count()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await host.PostAsync(new { query = "query SpannedGreeting { hello }" });
        await host.PostAsync(new { query = "query SpannedRefusal { noSuchField }" });

        var greeting = Assert.Single(spans, s => s.DisplayName == "query SpannedGreeting");
        Assert.Equal("query", greeting.GetTagItem("graphql.operation.type"));
        Assert.Equal("SpannedGreeting", greeting.GetTagItem("graphql.operation.name"));
        Assert.Matches("^sha256:[0-9a-f]{64}$", (string)greeting.GetTagItem("graphql.document.hash")!);
        Assert.Equal(0, greeting.GetTagItem("graphql.error.count"));
        Assert.Equal(ActivityStatusCode.Unset, greeting.Status);

        var refusal = Assert.Single(spans, s => s.DisplayName == "query SpannedRefusal");
        Assert.Equal(1, refusal.GetTagItem("graphql.error.count"));
        Assert.Equal(ActivityStatusCode.Error, refusal.Status);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", refusal.StatusDescription);
    }
}
