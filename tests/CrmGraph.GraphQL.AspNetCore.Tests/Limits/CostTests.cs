namespace CrmGraph.GraphQL.AspNetCore.Tests.Limits;

/// <summary>
/// A document's cost (each field 1, a list field multiplying its selections by its page size) is computed before it
/// runs; a costlier one than the limit is refused with the cost in the message. The host assumes lists of
/// <see cref="LimitedHost.DefaultListSize"/> where no page size is given.
/// </summary>
[Collection(LimitedHost.Collection)]
public sealed class CostTests(LimitedHost host)
{
    private static string NestedPages(string run, string size) =>
        Tree.Query(run, $"branches(first: {size}) {{ branches(first: {size}) {{ name }} }}");

    /// <summary>Posts a tree document, checks it was refused with <paramref name="code"/> before the tree was reached, and returns the message.</summary>
    private async Task<string?> RefusedAsync(Func<string, string> document, string code, string? variables = null)
    {
        var run = TestProbe.NewRun();
        var reply = await host.PostRawAsync($$"""{"query": {{JsonSerializer.Serialize(document(run))}}, "variables": {{variables ?? "null"}}}""");
        var error = reply.AssertRefused(code);
        Assert.Equal(0, host.Probe.Counter(run));
        return error.GetProperty("message").GetString();
    }

    [Fact]
    public async Task Nested_pages_multiply_and_an_explosion_is_refused_with_max_cost_and_its_cost()
    {
        // tree 1 + branches (1 + 30 × (branches 1 + 30 × name 1)) = 932
        var message = await RefusedAsync(run => NestedPages(run, "30"), "MAX_COST");

        Assert.Contains("932", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Small_pages_of_the_same_shape_run()
    {
        var reply = await host.PostAsync(new { query = NestedPages(TestProbe.NewRun(), "5") });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(5, reply.Data.GetProperty("tree").GetProperty("branches").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"n": 30}""", "query($n: Int)")]
    [InlineData("{}", "query($n: Int = 30)")]
    public async Task Page_sizes_given_by_variables_or_their_defaults_count(string variables, string header) =>
        await RefusedAsync(run => header + NestedPages(run, "$n"), "MAX_COST", variables);

    [Fact]
    public async Task A_paged_field_given_no_page_size_counts_the_default_list_size()
    {
        // tree 1 + branches (1 + 10 × (branches 1 + 10 × (branches 1 + 10 × name 1))) = 1,112
        var message = await RefusedAsync(run => Tree.Query(run, "branches { branches { branches { name } } }"), "MAX_COST");

        Assert.Contains("1,112", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_inside_a_paged_field_is_the_page_and_is_not_multiplied_again()
    {
        // tree 1 + page (1 + 40 × (count 1 + items (1 + name 1 + branch 2))) = 202; were items multiplied by 10, 1,282.
        var reply = await host.PostAsync(new { query = Tree.Query(TestProbe.NewRun(), "page(first: 40) { count items { name branch { name } } }") });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(40, reply.Data.GetProperty("tree").GetProperty("page").GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("branches(first: 100000) { name }")]
    [InlineData("branches(last: 51) { name }")]
    [InlineData("page(first: 2147483647) { count }")]
    public async Task A_page_larger_than_the_maximum_is_refused_with_page_size_too_large_alone(string selection) =>
        await RefusedAsync(run => Tree.Query(run, selection), "PAGE_SIZE_TOO_LARGE");
}
