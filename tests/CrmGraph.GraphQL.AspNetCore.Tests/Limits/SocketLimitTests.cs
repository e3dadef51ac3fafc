namespace CrmGraph.GraphQL.AspNetCore.Tests.Limits;

/// <summary>Operations over a socket meet the same document limits as over HTTP: an error message, and nothing runs.</summary>
[Collection(LimitedHost.Collection)]
public sealed class SocketLimitTests(LimitedHost host)
{
    [Theory]
    [InlineData("branch { branch { branch { branch { branch { name } } } } }", "MAX_DEPTH")]
    [InlineData("branches(first: 40) { branches(first: 40) { name } }", "MAX_COST")]
    [InlineData("a: name b: name c: name d: name", "MAX_ALIASES")]
    public async Task A_document_over_a_limit_answers_with_an_error_message_and_does_not_run(string selections, string code)
    {
        var run = TestProbe.NewRun();
        await using var socket = await GraphQLSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("over", Tree.Query(run, selections));

        var error = await socket.ExpectAsync("error", "over");
        Assert.Equal(code, GraphQLReply.CodeOf(Assert.Single(error.Payload.EnumerateArray())));
        await socket.ExpectNothingPendingAsync();
        Assert.Equal(0, host.Probe.Counter(run));
    }
}
