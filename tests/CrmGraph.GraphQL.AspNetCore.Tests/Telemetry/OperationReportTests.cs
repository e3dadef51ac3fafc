namespace CrmGraph.GraphQL.AspNetCore.Tests.Telemetry;

/// <summary>Both transports tell the host about each operation they ran: its kind, name, duration and error codes.</summary>
[Collection(ObservedHost.Collection)]
public sealed class OperationReportTests(ObservedHost host)
{
    [Fact]
    public async Task An_http_query_is_reported_once_with_its_kind_name_and_duration()
    {
        var operation = await ReportOfAsync("query ReportedGreeting { hello }", "ReportedGreeting", HttpStatusCode.OK);

        Assert.Equal("query", operation.Kind);
        Assert.Equal(0, operation.ErrorCount);
        Assert.Empty(operation.ErrorCodes);
        Assert.True(operation.Result.Executed);
        Assert.True(operation.Duration > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_document_refused_by_validation_is_still_reported_by_its_kind_and_name_with_its_error_codes()
    {
        var operation = await ReportOfAsync("mutation ReportedRefusal { noSuchField }", "ReportedRefusal", HttpStatusCode.BadRequest);

        Assert.Equal("mutation", operation.Kind);
        Assert.False(operation.Result.Executed);
        Assert.Equal(1, operation.ErrorCount);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], operation.ErrorCodes);
    }

    [Fact]
    public async Task A_websocket_operation_is_reported_too()
    {
        var counter = TestProbe.NewRun();
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);
        await socket.SubscribeAsync("m", $$"""mutation ReportedIncrement { increment(counter: "{{counter}}") }""");
        await socket.ExpectAsync("next", "m");

        var operation = Assert.Single(host.Operations, o => o.Name == "ReportedIncrement");
        Assert.Equal("mutation", operation.Kind);
        Assert.Equal(0, operation.ErrorCount);
    }

    /// <summary>Posts <paramref name="query"/>, checks the status it got and returns the one report of the operation <paramref name="name"/>.</summary>
    private async Task<ExecutedOperation> ReportOfAsync(string query, string name, HttpStatusCode status)
    {
        var reply = await host.PostAsync(new { query });
        Assert.Equal(status, reply.Status);
        return Assert.Single(host.Operations, o => o.Name == name);
    }
}
