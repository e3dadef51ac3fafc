using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>
/// With a tracer provider attached, one GraphQL request is one trace: the ASP.NET Core server span, the GraphQL
/// operation's span inside it, and a span per SQL statement inside that; the operations are also measured.
/// </summary>
[Collection(ObservedServer.Collection)]
public sealed class TelemetryTests(ObservedServer observed)
{
    private const string Query = "query TracedCustomers { customers(first: 3) { totalCount edges { node { name } } } }";

    [Fact]
    public async Task A_request_is_one_trace_of_the_server_span_the_graphql_span_and_the_sql_spans()
    {
        var traceId = ActivityTraceId.CreateRandom();
        await SendTracedAsync(traceId);

        var spans = await observed.Spans.TraceAsync(traceId, span => span.Kind == ActivityKind.Server);
        var server = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Equal(ActivityKind.Server, server.Kind);
        var graphql = Assert.Single(spans, s => s.Source.Name == "CrmGraph.GraphQL");
        Assert.Equal(server.SpanId, graphql.ParentSpanId);
        Assert.Equal("query TracedCustomers", graphql.DisplayName);
        Assert.Equal("query", graphql.GetTagItem("graphql.operation.type"));
        Assert.Equal("TracedCustomers", graphql.GetTagItem("graphql.operation.name"));
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Query))), graphql.GetTagItem("graphql.document.hash"));
        Assert.Equal(0, graphql.GetTagItem("graphql.error.count"));

        var sql = spans.Where(s => s.Source.Name == "CrmGraph.Data").ToList();
        Assert.NotEmpty(sql);
        Assert.All(sql, statement =>
        {
            Assert.Equal(ActivityKind.Client, statement.Kind);
            Assert.Equal(graphql.SpanId, statement.ParentSpanId);
            Assert.Equal("sqlite", statement.GetTagItem("db.system.name"));
            Assert.StartsWith("SELECT", (string)statement.GetTagItem("db.query.text")!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Health_probes_are_not_traced()
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var http = new HttpClient { BaseAddress = observed.Server.BaseAddress };
        using var probe = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        probe.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await http.SendAsync(probe);
        response.EnsureSuccessStatusCode();

        // A request sent after the probe has its server span recorded; by then the probe's would have been too.
        var later = ActivityTraceId.CreateRandom();
        await SendTracedAsync(later);
        Assert.Contains(await observed.Spans.TraceAsync(later, span => span.Kind == ActivityKind.Server), s => s.Kind == ActivityKind.Server);
        Assert.Empty(observed.Spans.Trace(traceId));
    }

    [Fact]
    public async Task Graphql_operations_are_measured_by_kind()
    {
        await SendTracedAsync(ActivityTraceId.CreateRandom());
        observed.Server.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var metric = observed.Metrics.Last(m => m.Name == "graphql.server.operation.duration");
        Assert.Equal("s", metric.Unit);
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            points.Add(point);
        }

        Assert.Contains(points, point => HasTag(point, "graphql.operation.type", "query") && point.GetHistogramCount() > 0);
    }

    private async Task SendTracedAsync(ActivityTraceId traceId)
    {
        var token = await observed.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read");
        using var client = GraphQLClient.For(observed.Server.BaseAddress, token.AccessToken);
        client.Http.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        await client.DataAsync(Query);
    }

    private static bool HasTag(MetricPoint point, string key, string value)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key && Equals(tag.Value, value))
            {
                return true;
            }
        }

        return false;
    }
}
