namespace CrmGraph.GraphQL.AspNetCore.Tests.Limits;

/// <summary>Documents too long or holding too many tokens are refused before they are parsed, and nothing of them runs.</summary>
[Collection(LimitedHost.Collection)]
public sealed class DocumentSizeTests(LimitedHost host)
{
    private static string Increment(string counter) => $$"""mutation { increment(counter: "{{counter}}") }""";

    [Fact]
    public async Task A_document_of_exactly_the_maximum_length_runs()
    {
        var counter = TestProbe.NewRun();

        var reply = await host.PostAsync(new { query = Increment(counter).PadRight(LimitedHost.MaxDocumentLength) });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task A_longer_document_is_refused_with_max_document_size_and_does_not_run()
    {
        var counter = TestProbe.NewRun();

        var reply = await host.PostAsync(new { query = Increment(counter).PadRight(LimitedHost.MaxDocumentLength + 1) });

        reply.AssertRefused("MAX_DOCUMENT_SIZE");
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task A_document_with_too_many_tokens_is_refused_with_max_tokens_and_does_not_run()
    {
        var counter = TestProbe.NewRun();
        // Unused fragments would fail validation, but the token count refuses the document before that.
        var fragments = string.Concat(Enumerable.Range(1, 30).Select(i => $" fragment F{i} on Query {{ hello }}"));

        var reply = await host.PostAsync(new { query = Increment(counter) + fragments });

        var error = reply.AssertRefused("MAX_TOKENS");
        Assert.Contains($"{LimitedHost.MaxTokens}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task Comments_are_not_counted_as_tokens()
    {
        var counter = TestProbe.NewRun();
        var comment = "# " + string.Join(' ', Enumerable.Repeat("word", LimitedHost.MaxTokens)) + "\n";

        var reply = await host.PostAsync(new { query = comment + Increment(counter) });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, host.Probe.Counter(counter));
    }

    [Fact]
    public async Task The_limits_apply_over_get_as_over_post()
    {
        var run = TestProbe.NewRun();

        var reply = await host.GetAsync(Tree.Query(run, "name").PadRight(LimitedHost.MaxDocumentLength + 1));

        reply.AssertRefused("MAX_DOCUMENT_SIZE");
        Assert.Equal(0, host.Probe.Counter(run));
    }
}
