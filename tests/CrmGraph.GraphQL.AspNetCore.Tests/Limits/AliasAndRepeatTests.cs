namespace CrmGraph.GraphQL.AspNetCore.Tests.Limits;

/// <summary>Alias bombs and fields repeated within one selection set are refused before anything runs.</summary>
[Collection(LimitedHost.Collection)]
public sealed class AliasAndRepeatTests(LimitedHost host)
{
    private static string Increments(string counter, int count, bool aliased) =>
        "mutation { " + string.Concat(Enumerable.Range(1, count).Select(i => (aliased ? $"a{i}: " : string.Empty) + $$"""increment(counter: "{{counter}}") """)) + "}";

    /// <summary>Posts a document and checks whether it ran: the probe counts the calls its run id got.</summary>
    private async Task<GraphQLReply> PostCountingAsync(Func<string, string> document, int expectedCalls)
    {
        var run = TestProbe.NewRun();
        var reply = await host.PostAsync(new { query = document(run) });
        Assert.Equal(expectedCalls, host.Probe.Counter(run));
        return reply;
    }

    [Fact]
    public async Task Aliases_up_to_the_limit_run() =>
        Assert.Equal(HttpStatusCode.OK, (await PostCountingAsync(run => Increments(run, LimitedHost.MaxAliases, aliased: true), LimitedHost.MaxAliases)).Status);

    [Fact]
    public async Task An_alias_bomb_is_refused_with_max_aliases_and_no_mutation_runs() =>
        (await PostCountingAsync(run => Increments(run, LimitedHost.MaxAliases + 1, aliased: true), 0)).AssertRefused("MAX_ALIASES");

    [Fact]
    public async Task Aliases_in_fragments_count() =>
        (await PostCountingAsync(run => Tree.Query(run, "a: name ...F") + " fragment F on Branch { b: name c: name d: name }", 0)).AssertRefused("MAX_ALIASES");

    [Theory]
    [InlineData("name name", "")]
    [InlineData("name ... on Branch { name }", "")]
    [InlineData("...F ...F", "fragment F on Branch { name }")]
    public async Task Repeats_up_to_the_limit_run(string selections, string fragments) =>
        Assert.Equal(HttpStatusCode.OK, (await PostCountingAsync(run => Tree.Query(run, selections) + fragments, 1)).Status);

    [Theory]
    [InlineData("name name name", "")]
    [InlineData("name ... on Branch { name } ... on Branch { name }", "")]
    [InlineData("x: branch { name } x: branch { name } x: branch { name }", "")]
    [InlineData("...F ...F ...F", "fragment F on Branch { name }")]
    public async Task A_field_or_spread_repeated_more_often_is_refused_with_duplicate_fields(string selections, string fragments) =>
        (await PostCountingAsync(run => Tree.Query(run, selections) + fragments, 0)).AssertRefused("DUPLICATE_FIELDS");

    [Fact]
    public async Task A_repeated_mutation_field_is_refused_and_runs_not_even_once() =>
        (await PostCountingAsync(run => Increments(run, LimitedHost.MaxFieldRepeats + 1, aliased: false), 0)).AssertRefused("DUPLICATE_FIELDS");
}
