namespace CrmGraph.GraphQL.AspNetCore.Tests.Limits;

/// <summary>Without <c>AllowIntrospection</c> (the default) documents may not look at the schema; <c>__typename</c> stays.</summary>
[Collection(MaskedHost.Collection)]
public sealed class IntrospectionDisabledTests(MaskedHost host)
{
    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("""{ __type(name: "Query") { fields { name } } }""")]
    [InlineData("{ hello ...Schema } fragment Schema on Query { __schema { types { name } } }")]
    public async Task Introspection_is_refused_with_introspection_disabled(string document)
    {
        (await host.PostAsync(new { query = document })).AssertRefused("INTROSPECTION_DISABLED");
    }

    [Fact]
    public async Task Typename_is_not_introspection()
    {
        var reply = await host.PostAsync(new { query = "{ __typename hello }" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Query", reply.Data.GetProperty("__typename").GetString());
    }
}

/// <summary>With <c>AllowIntrospection</c> a schema explorer's full introspection query fits the default limits.</summary>
[Collection(ExposedHost.Collection)]
public sealed class IntrospectionAllowedTests(ExposedHost host)
{
    /// <summary>What a schema explorer asks for: every type with its fields, arguments and nested type references.</summary>
    private const string ExplorerQuery = """
        query SchemaExplorer {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType {
            kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task The_full_introspection_query_runs_under_the_default_depth_and_cost()
    {
        var reply = await host.PostAsync(new { query = ExplorerQuery });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Errors);
        Assert.Contains(
            reply.Data.GetProperty("__schema").GetProperty("types").EnumerateArray(),
            type => type.GetProperty("name").GetString() == "Branch");
    }
}
