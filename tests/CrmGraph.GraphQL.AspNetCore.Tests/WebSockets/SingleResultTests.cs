namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>Queries and mutations over the socket: one next and a complete, or an error when the document cannot run.</summary>
[Collection(WebSocketHost.Collection)]
public sealed class SingleResultTests(WebSocketHost host)
{
    [Fact]
    public async Task A_query_answers_with_one_next_then_complete()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("q", "query Greet($name: String) { hello(name: $name) }", new { name = "Ekström" });

        var next = await socket.ExpectAsync("next", "q");
        Assert.Equal("Hello, Ekström!", next.Payload.GetProperty("data").GetProperty("hello").GetString());
        await socket.ExpectAsync("complete", "q");
    }

    [Fact]
    public async Task A_mutation_runs_once_and_answers_with_one_next_then_complete()
    {
        var counter = TestProbe.NewRun();
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("m", $$"""mutation { increment(counter: "{{counter}}") }""");

        var next = await socket.ExpectAsync("next", "m");
        Assert.Equal(1, next.Payload.GetProperty("data").GetProperty("increment").GetInt32());
        await socket.ExpectAsync("complete", "m");
        Assert.Equal(1, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task A_document_that_does_not_validate_answers_with_an_error_message_and_no_complete()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("bad", "{ noSuchField }");

        var error = await socket.ExpectAsync("error", "bad");
        var problem = Assert.Single(error.Payload.EnumerateArray());
        Assert.Contains("noSuchField", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        await socket.ExpectNothingPendingAsync();
    }

    [Fact]
    public async Task A_document_that_does_not_parse_answers_with_an_error_message()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("bad", "{ hello");

        var error = await socket.ExpectAsync("error", "bad");
        Assert.NotEmpty(error.Payload.EnumerateArray());
    }

    [Fact]
    public async Task The_hosts_validation_rule_applies_to_operations_on_the_socket()
    {
        await using var reader = await GraphQLSocket.ConnectAndInitAsync(host, new { user = "ada" });
        await using var admin = await GraphQLSocket.ConnectAndInitAsync(host, new { user = "root", roles = new[] { "admin" } });

        await reader.SubscribeAsync("r", "{ restricted }");
        await admin.SubscribeAsync("r", "{ restricted }");

        var refused = await reader.ExpectAsync("error", "r");
        Assert.Equal(AdminOnlyRule.Message, Assert.Single(refused.Payload.EnumerateArray()).GetProperty("message").GetString());
        var allowed = await admin.ExpectAsync("next", "r");
        Assert.Equal("classified", allowed.Payload.GetProperty("data").GetProperty("restricted").GetString());
    }

    [Fact]
    public async Task Concurrent_operations_each_run_in_their_own_scope_which_is_disposed_after()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("a", "{ scope }");
        await socket.SubscribeAsync("b", "{ scope }");

        var labels = (await socket.ReceiveNextsAsync(2)).Values.Select(next => next.Payload.GetProperty("data").GetProperty("scope").GetString()!).ToList();

        Assert.NotEqual(labels[0], labels[1]);
        await host.Probe.WaitForCounterAsync(ScopeMarker.Disposed(labels[0]), 1);
        await host.Probe.WaitForCounterAsync(ScopeMarker.Disposed(labels[1]), 1);
    }

    [Fact]
    public async Task A_failing_resolver_is_masked_like_over_http()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("f", "{ hello fail }");

        var next = await socket.ExpectAsync("next", "f");
        var error = Assert.Single(next.Payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("INTERNAL_SERVER_ERROR", GraphQLReply.CodeOf(error));
        Assert.DoesNotContain(TestData.SecretDetail, next.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Hello, world!", next.Payload.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(TestData.SecretDetail, host.Logs.EntryNamedBy(error).Exception?.Message);
    }

    [Fact]
    public async Task Operations_of_one_connection_fail_under_correlation_ids_of_their_own()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("a", "{ fail }");
        var first = await socket.ExpectAsync("next", "a");
        await socket.ExpectAsync("complete", "a");
        await socket.SubscribeAsync("b", "{ fail }");
        var second = await socket.ExpectAsync("next", "b");

        Assert.NotEqual(CorrelationId(first), CorrelationId(second));
    }

    private static string? CorrelationId(SocketMessage next) =>
        Assert.Single(next.Payload.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("correlationId").GetString();

}
