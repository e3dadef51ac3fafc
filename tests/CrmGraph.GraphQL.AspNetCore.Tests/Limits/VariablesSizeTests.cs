namespace CrmGraph.GraphQL.AspNetCore.Tests.Limits;

/// <summary>Variables larger than the transport's <c>MaxVariablesBytes</c> are refused before they are read, and nothing runs.</summary>
[Collection(LimitedHost.Collection)]
public sealed class VariablesSizeTests(LimitedHost host)
{
    private const string Mutation = "mutation($counter: String!) { increment(counter: $counter) }";

    /// <summary>Variables for the mutation, padded with one it ignores, whose JSON takes exactly <paramref name="bytes"/> bytes.</summary>
    private static string VariablesOf(string counter, int bytes)
    {
        var empty = JsonSerializer.Serialize(new { counter, padding = string.Empty });
        return JsonSerializer.Serialize(new { counter, padding = new string('x', bytes - empty.Length) });
    }

    private static void AssertTooLarge(GraphQLReply reply)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal("VARIABLES_TOO_LARGE", reply.SingleErrorCode());
    }

    [Fact]
    public async Task Variables_of_exactly_the_limit_are_read()
    {
        var counter = TestProbe.NewRun();

        var reply = await host.PostRawAsync($$"""{"query": "{{Mutation}}", "variables": {{VariablesOf(counter, LimitedHost.MaxVariablesBytes)}}}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task Larger_variables_get_413_with_variables_too_large_and_nothing_runs()
    {
        var counter = TestProbe.NewRun();

        var reply = await host.PostRawAsync($$"""{"query": "{{Mutation}}", "variables": {{VariablesOf(counter, LimitedHost.MaxVariablesBytes + 1)}}}""");

        AssertTooLarge(reply);
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task One_oversized_request_of_a_batch_refuses_the_whole_batch()
    {
        var counter = TestProbe.NewRun();
        var small = $$"""{"query": "{{Mutation}}", "variables": {{VariablesOf(counter, 60)}}}""";
        var large = $$"""{"query": "{{Mutation}}", "variables": {{VariablesOf(counter, LimitedHost.MaxVariablesBytes + 1)}}}""";

        AssertTooLarge(await host.PostRawAsync($"[{small}, {large}]"));
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task Oversized_variables_over_get_get_413()
    {
        AssertTooLarge(await host.GetAsync("query($n: String) { hello(name: $n) }", variables: JsonSerializer.Serialize(new { n = new string('x', LimitedHost.MaxVariablesBytes) })));
    }

    [Fact]
    public async Task Oversized_variables_over_a_socket_close_it_with_4400_and_nothing_runs()
    {
        var counter = TestProbe.NewRun();
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("big", Mutation, JsonSerializer.Deserialize<JsonElement>(VariablesOf(counter, LimitedHost.MaxVariablesBytes + 1)));

        var close = await socket.ExpectCloseAsync(4400);
        Assert.Contains("variables", close.CloseReason, StringComparison.Ordinal);
        Assert.Equal(0, host.Probe.Counter(counter));
    }
}
