using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Transport;

/// <summary>
/// Hostile requests against the real server: each is refused before anything runs, with a code saying why, and the
/// mutation each carries creates no customer.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class HostileDocumentTests(CrmServerFixture server)
{
    private static string CreateCustomer(string name, string selection = "customer { id }") =>
        $$"""createCustomer(input: { name: "{{name}}" }) { {{selection}} }""";

    /// <summary>Sends the request <paramref name="send"/> makes for a fresh customer name and checks that no such customer came to be.</summary>
    private async Task<GraphQLResponse> RefusedAsync(Func<string, Task<GraphQLResponse>> send, HttpStatusCode status, string code)
    {
        var name = "Hostile " + Guid.NewGuid().ToString("N");
        var response = await send(name);
        Assert.Equal(status, response.Status);
        Assert.Contains(code, response.ErrorCodes);
        Assert.Equal(0, await server.InDatabaseAsync(db => db.Customers.CountAsync(c => c.Name == name)));
        return response;
    }

    private Task<GraphQLResponse> RefusedDocumentAsync(Func<string, string> document, string code) =>
        RefusedAsync(name => server.Client.PostAsync(document(name)), HttpStatusCode.BadRequest, code);

    [Fact]
    public Task Deep_nesting_is_refused_with_max_depth() =>
        RefusedDocumentAsync(
            name => "mutation { " + CreateCustomer(name, "customer { " + string.Concat(Enumerable.Repeat("complaints { edges { node { customer { ", 4)) + "name" + new string('}', 17)) + " }",
            "MAX_DEPTH");

    [Fact]
    public Task An_alias_bomb_is_refused_with_max_aliases() =>
        RefusedDocumentAsync(
            name => "mutation { " + string.Concat(Enumerable.Range(1, 31).Select(i => $"a{i}: " + CreateCustomer(name) + " ")) + "}",
            "MAX_ALIASES");

    private static string NestedComplaints(string name, int pageSize) =>
        "mutation { " + CreateCustomer(name, $"customer {{ complaints(first: {pageSize}) {{ edges {{ node {{ customer {{ complaints(first: {pageSize}) {{ edges {{ node {{ events {{ kind at }} }} }} }} }} }} }} }} }}") + " }";

    [Fact]
    public Task Nested_connections_whose_cost_explodes_are_refused_with_max_cost() =>
        RefusedDocumentAsync(name => NestedComplaints(name, 100), "MAX_COST");

    [Fact]
    public async Task The_same_nesting_with_small_pages_runs()
    {
        var name = "Modest " + Guid.NewGuid().ToString("N");

        await server.Client.DataAsync(NestedComplaints(name, 5));

        Assert.Equal(1, await server.InDatabaseAsync(db => db.Customers.CountAsync(c => c.Name == name)));
    }

    [Fact]
    public async Task A_huge_page_is_refused_with_page_size_too_large_before_anything_runs()
    {
        var response = await RefusedDocumentAsync(name => "mutation { " + CreateCustomer(name, "customer { complaints(first: 100000) { totalCount } }") + " }", "PAGE_SIZE_TOO_LARGE");

        Assert.Equal(["PAGE_SIZE_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public Task A_fragment_cycle_is_refused() =>
        RefusedDocumentAsync(
            name => "mutation { " + CreateCustomer(name, "customer { ...A }") + " } fragment A on Customer { name ...B } fragment B on Customer { ...A }",
            "NO_FRAGMENT_CYCLES");

    [Fact]
    public Task Too_many_tokens_are_refused_with_max_tokens() =>
        RefusedDocumentAsync(
            name => "mutation { " + CreateCustomer(name) + " }" + string.Concat(Enumerable.Range(1, 700).Select(i => $" fragment F{i} on Query {{ __typename }}")),
            "MAX_TOKENS");

    [Fact]
    public Task An_overlong_document_is_refused_with_max_document_size() =>
        RefusedDocumentAsync(name => "mutation { " + CreateCustomer(name) + " }" + new string(' ', 33_000), "MAX_DOCUMENT_SIZE");

    [Fact]
    public Task Too_many_operations_in_a_batch_are_refused_with_batch_too_large() =>
        RefusedAsync(
            name => server.Client.PostRawAsync(JsonSerializer.SerializeToUtf8Bytes(Enumerable.Repeat(new { query = "mutation { " + CreateCustomer(name) + " }" }, 11))),
            HttpStatusCode.BadRequest,
            "BATCH_TOO_LARGE");

    [Fact]
    public Task Oversized_variables_are_refused_with_413() =>
        RefusedAsync(
            name => server.Client.PostAsync(
                "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }",
                new { input = new { name }, padding = new string('x', 70_000) }),
            HttpStatusCode.RequestEntityTooLarge,
            "VARIABLES_TOO_LARGE");

    [Theory]
    [InlineData("application/json", true, HttpStatusCode.BadRequest, "INVALID_JSON")]
    [InlineData("application/json", false, HttpStatusCode.BadRequest, "INVALID_JSON")]
    [InlineData("text/plain", false, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("application/graphql", false, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    public Task Bodies_that_are_not_utf8_json_requests_are_refused(string contentType, bool badUtf8, HttpStatusCode status, string code) =>
        RefusedAsync(
            name =>
            {
                var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "mutation { " + CreateCustomer(name) + " }", operationName = "X" }));
                if (badUtf8)
                {
                    // A lone continuation byte, which UTF-8 never allows where a character starts.
                    body[Array.LastIndexOf(body, (byte)'X')] = 0x80;
                }
                else if (contentType == "application/json")
                {
                    body = body[..^1];
                }

                return server.Client.PostRawAsync(body, contentType);
            },
            status,
            code);
}
