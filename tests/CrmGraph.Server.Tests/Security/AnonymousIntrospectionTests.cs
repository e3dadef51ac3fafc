using System.Net;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// With <c>Auth:AllowAnonymousIntrospection</c> in Development, schema explorers may read the schema without a
/// token, and nothing else: a document that selects any data field is still challenged.
/// </summary>
public sealed class AnonymousIntrospectionTests(AnonymousIntrospectionTests.IntrospectionServer fixture) : IClassFixture<AnonymousIntrospectionTests.IntrospectionServer>
{
    private readonly RunningServer _server = fixture.Server;

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Customer\") { fields { name } } }")]
    [InlineData("query Explorer { ...Schema } fragment Schema on Query { __schema { types { name } } }")]
    public async Task An_introspection_only_document_runs_without_a_token(string document)
    {
        using var anonymous = GraphQLClient.For(_server.BaseAddress, accessToken: null);
        var response = await anonymous.PostAsync(document);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Errors);
    }

    [Theory]
    [InlineData("{ customers { totalCount } }")]
    [InlineData("{ __schema { queryType { name } } customers { totalCount } }")]
    [InlineData("query { ...Sneaky } fragment Sneaky on Query { __typename customers { totalCount } }")]
    [InlineData("mutation { __typename }")]
    public async Task Any_other_document_is_still_challenged_for_a_token(string document)
    {
        using var anonymous = GraphQLClient.For(_server.BaseAddress, accessToken: null);
        using var response = await anonymous.SendAsync(document);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    public sealed class IntrospectionServer : ConfiguredServer
    {
        protected override string Environment => "Development";

        protected override string[] Settings(string dataFolder) =>
            ["--Auth:AllowAnonymousIntrospection", "true", "--Database:SeedDemoData", "false"];
    }
}
