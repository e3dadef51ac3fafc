using CrmGraph.GraphQL.AspNetCore.Http;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Which response media type an Accept header gets, q-values included.</summary>
public sealed class MediaTypeNegotiationTests
{
    private const string Response = GraphQLMediaTypes.GraphQLResponse;
    private const string Json = GraphQLMediaTypes.Json;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_accept_header_gets_the_graphql_response_type(string? accept) =>
        Assert.Equal(Response, GraphQLMediaTypes.Negotiate(accept));

    [Theory]
    [InlineData("application/graphql-response+json", Response)]
    [InlineData("application/json", Json)]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", Response)]
    [InlineData("application/graphql-response+json; charset=utf-8", Response)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    public void A_single_range_gets_its_type(string accept, string expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(accept));

    [Theory]
    [InlineData("application/json;q=0.9, application/graphql-response+json", Response)]
    [InlineData("application/graphql-response+json;q=0.2, application/json;q=0.8", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.6", Response)]
    [InlineData("*/*;q=0.1, application/graphql-response+json", Response)]
    [InlineData("application/graphql-response+json;q=0.1, */*", Json)]
    [InlineData("text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8", Json)]
    [InlineData("text/html;q=1, application/graphql-response+json;q=0.01", Response)]
    public void The_highest_q_value_wins(string accept, string expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(accept));

    [Theory]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/graphql-response+json, application/json", Response)]
    public void Between_equal_q_values_the_first_listed_wins(string accept, string expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(accept));

    [Theory]
    [InlineData("application/json;q=0, */*", Response)]
    [InlineData("application/graphql-response+json;q=0, application/*", Json)]
    [InlineData("application/*;q=0.5, application/graphql-response+json;q=0.4", Json)]
    public void The_most_specific_range_sets_a_types_quality(string accept, string expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(accept));

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/*, image/png")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    [InlineData("*/*;q=0")]
    [InlineData("not a media type")]
    public void Nothing_we_can_send_gets_null(string accept) =>
        Assert.Null(GraphQLMediaTypes.Negotiate(accept));
}
