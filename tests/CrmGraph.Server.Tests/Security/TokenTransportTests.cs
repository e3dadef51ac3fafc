using System.Net;

namespace CrmGraph.Server.Tests.Security;

/// <summary>Access tokens are read from the Authorization header only, never from the URL or a form body.</summary>
[Collection(ServerCollection.Name)]
public sealed class TokenTransportTests(CrmServerFixture server)
{
    [Fact]
    public async Task A_valid_token_in_the_query_string_is_ignored()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        var query = Uri.EscapeDataString("{ customers(first: 1) { totalCount } }");

        using var response = await anonymous.GetAsync($"/graphql?query={query}&access_token={Uri.EscapeDataString(server.Client.AccessToken!)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_in_a_form_body_is_ignored()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await anonymous.PostAsync("/graphql", new FormUrlEncodedContent(
            [new("access_token", server.Client.AccessToken!), new("query", "{ customers(first: 1) { totalCount } }")]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
