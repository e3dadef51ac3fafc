using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Transport;

/// <summary>The CRM endpoint speaks GraphQL over HTTP as the specification asks.</summary>
[Collection(ServerCollection.Name)]
public sealed class EndpointTests(CrmServerFixture server)
{
    [Fact]
    public async Task Queries_work_over_get_but_mutations_are_refused_and_not_run()
    {
        var query = Uri.EscapeDataString("{ customers(first: 1) { totalCount } }");
        using var get = await server.Client.Http.GetAsync($"/graphql?query={query}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);

        var before = await server.InDatabaseAsync(db => db.Customers.CountAsync());
        var mutation = Uri.EscapeDataString("mutation { createCustomer(input: { name: \"Sneaky Get\" }) { customer { id } } }");
        using var refused = await server.Client.Http.GetAsync($"/graphql?query={mutation}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
        Assert.Contains("POST", refused.Content.Headers.Allow);
        Assert.Equal(before, await server.InDatabaseAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_a_bad_request_in_the_graphql_response_media_type()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ customers { nonsense } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await server.Client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.All(body.RootElement.GetProperty("errors").EnumerateArray(), e => Assert.True(e.GetProperty("extensions").TryGetProperty("code", out _)));
    }

    [Fact]
    public async Task In_development_validation_messages_keep_their_suggestions()
    {
        var response = await server.Client.PostAsync("{ customrs(first: 1) { totalCount } }");

        Assert.Contains("Did you mean 'customers'", response.Body.GetRawText(), StringComparison.Ordinal);
    }
}
