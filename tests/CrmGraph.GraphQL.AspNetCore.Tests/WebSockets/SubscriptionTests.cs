namespace CrmGraph.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>Subscriptions: events as next messages, completion from either side, and the scopes they run in.</summary>
[Collection(WebSocketHost.Collection)]
public sealed class SubscriptionTests(WebSocketHost host)
{
    [Fact]
    public async Task Each_event_is_a_next_message_and_the_end_of_the_stream_a_complete()
    {
        var topic = TestProbe.NewRun();
        await using var socket = await SubscribedAsync("s1", Subscriptions.Events, topic);

        host.Feed.Publish(topic, new TestEvent(1, "first"));
        host.Feed.Publish(topic, new TestEvent(2, "second"));
        var first = await socket.ExpectAsync("next", "s1");
        var second = await socket.ExpectAsync("next", "s1");
        host.Feed.Complete(topic);

        await socket.ExpectAsync("complete", "s1");
        Assert.Equal((1, "first"), (first.Sequence(), first.Event().GetProperty("text").GetString()));
        Assert.Equal(2, second.Sequence());
        Assert.False(first.Payload.TryGetProperty("errors", out _));
        await host.Probe.WaitForCounterAsync(ScopeMarker.Disposed(TestSubscription.OperationScope(topic)), 1);
    }

    [Fact]
    public async Task The_clients_complete_stops_the_source_and_disposes_the_operations_scope()
    {
        var topic = TestProbe.NewRun();
        await using var socket = await SubscribedAsync("s1", Subscriptions.Events, topic);
        host.Feed.Publish(topic, new TestEvent(1, "before"));
        await socket.ExpectAsync("next", "s1");

        await socket.CompleteAsync("s1");

        await host.Feed.WaitForSubscribersAsync(topic, 0);
        await host.Probe.WaitForCounterAsync(ScopeMarker.Disposed(TestSubscription.OperationScope(topic)), 1);
        host.Feed.Publish(topic, new TestEvent(2, "after"));
        await socket.ExpectNothingPendingAsync();
    }

    [Fact]
    public async Task An_id_is_free_again_once_its_operation_completed()
    {
        var topic = TestProbe.NewRun();
        await using var socket = await SubscribedAsync("again", Subscriptions.Events, topic);
        await socket.CompleteAsync("again");
        await host.Feed.WaitForSubscribersAsync(topic, 0);

        await socket.SubscribeAsync("again", Subscriptions.Events, new { topic });
        await host.Feed.WaitForSubscribersAsync(topic, 1);
        host.Feed.Complete(topic);
        await socket.ExpectAsync("complete", "again");

        await socket.SubscribeAsync("again", "{ hello }");
        await socket.ExpectAsync("next", "again");
        await socket.ExpectAsync("complete", "again");
    }

    [Fact]
    public async Task Complete_for_an_unknown_id_is_ignored()
    {
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.CompleteAsync("never-subscribed");

        await socket.ExpectNothingPendingAsync();
    }

    [Fact]
    public async Task A_failing_event_resolver_is_masked_like_over_http()
    {
        var topic = TestProbe.NewRun();
        await using var socket = await SubscribedAsync("s1", "subscription ($topic: String!) { events(topic: $topic) { sequence fail } }", topic);

        host.Feed.Publish(topic, new TestEvent(1, "x"));

        var next = await socket.ExpectAsync("next", "s1");
        var error = Assert.Single(next.Payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("INTERNAL_SERVER_ERROR", GraphQLReply.CodeOf(error));
        Assert.DoesNotContain(TestData.SecretDetail, next.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(1, next.Sequence());
    }

    [Fact]
    public async Task A_failing_source_ends_the_operation_with_a_masked_error()
    {
        var topic = TestProbe.NewRun();
        await using var socket = await SubscribedAsync("s1", Subscriptions.Events, topic);

        host.Feed.Fail(topic, new InvalidOperationException(TestData.SecretDetail));

        var error = await socket.ExpectAsync("error", "s1");
        var masked = Assert.Single(error.Payload.EnumerateArray());
        Assert.Equal("INTERNAL_SERVER_ERROR", GraphQLReply.CodeOf(masked));
        Assert.DoesNotContain(TestData.SecretDetail, error.Body.GetRawText(), StringComparison.Ordinal);
        Assert.True(host.Logs.EntryNamedBy(masked).Exception is InvalidOperationException { Message: TestData.SecretDetail });
        await host.Feed.WaitForSubscribersAsync(topic, 0);
    }

    [Fact]
    public async Task Each_event_is_resolved_in_a_fresh_scope_for_the_connections_user()
    {
        var topic = TestProbe.NewRun();
        await using var socket = await SubscribedAsync("s1", "subscription ($topic: String!) { events(topic: $topic) { viewer scope } }", topic, user: "ada");

        host.Feed.Publish(topic, new TestEvent(1, "x"));
        host.Feed.Publish(topic, new TestEvent(2, "y"));

        var scopes = new List<string>();
        foreach (var next in new[] { await socket.ExpectAsync("next", "s1"), await socket.ExpectAsync("next", "s1") })
        {
            Assert.Equal("ada", next.Event().GetProperty("viewer").GetString());
            scopes.Add(next.Event().GetProperty("scope").GetString()!);
        }

        Assert.Equal(2, scopes.Distinct().Count());
        Assert.DoesNotContain(TestSubscription.OperationScope(topic), scopes);
        await host.Probe.WaitForCounterAsync(ScopeMarker.Disposed(scopes[0]), 1);
    }

    private async Task<GraphQLSocket> SubscribedAsync(string id, string query, string topic, string? user = null)
    {
        var socket = await GraphQLSocket.ConnectAndInitAsync(host, user is null ? null : new { user });
        await socket.SubscribeAsync(id, query, new { topic });
        await host.Feed.WaitForSubscribersAsync(topic, 1);
        return socket;
    }
}
