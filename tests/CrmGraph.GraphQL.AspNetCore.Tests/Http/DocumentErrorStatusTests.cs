namespace CrmGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// A document that cannot run (syntax or validation errors) is a 400 under application/graphql-response+json,
/// but a 200 under the legacy application/json; either way there is no data.
/// </summary>
[Collection(MaskedHost.Collection)]
public sealed class DocumentErrorStatusTests(MaskedHost host)
{
    public static TheoryData<string, string> Documents => new()
    {
        { "{ hello ", "SYNTAX_ERROR" },
        { "{ nonsense }", "FIELDS_ON_CORRECT_TYPE" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Under_graphql_response_json_a_document_that_cannot_run_gets_400(string document, string code)
    {
        var reply = await host.PostAsync(new { query = document }, GraphQLHttp.GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(GraphQLHttp.GraphQLResponse, reply.MediaType);
        Assert.Equal(code, reply.SingleErrorCode());
        Assert.False(reply.HasData);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Under_application_json_a_document_that_cannot_run_gets_200(string document, string code)
    {
        var reply = await host.PostAsync(new { query = document }, "application/json");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/json", reply.MediaType);
        Assert.Equal(code, reply.SingleErrorCode());
        Assert.False(reply.HasData);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Over_get_a_document_that_cannot_run_gets_400(string document, string code)
    {
        var reply = await host.GetAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(code, reply.SingleErrorCode());
        Assert.False(reply.HasData);
    }

    [Fact]
    public async Task A_document_that_ran_with_a_field_error_is_200_even_under_graphql_response_json()
    {
        var reply = await host.PostAsync(new { query = "{ hello fail }" }, GraphQLHttp.GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.True(reply.HasData);
        Assert.Equal("Hello, world!", reply.Data.GetProperty("hello").GetString());
        Assert.Single(reply.Errors);
    }

    [Fact]
    public async Task An_operation_name_matching_no_operation_gets_400()
    {
        var reply = await host.PostAsync(new { query = "query A { hello }", operationName = "B" });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.False(reply.HasData);
        Assert.NotEmpty(reply.Errors);
    }
}
