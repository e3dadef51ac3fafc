using System.Net;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Schema;

/// <summary>
/// A current client's full introspection query (graphql-js's, every option on) is answered, and the answer holds a
/// whole schema: every type reference resolves to a type of a kind allowed there, and it names exactly the running
/// schema's types.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class FullIntrospectionTests(CrmServerFixture server)
{
    private static readonly string[] InputKinds = ["SCALAR", "ENUM", "INPUT_OBJECT"];
    private static readonly string[] OutputKinds = ["SCALAR", "ENUM", "OBJECT", "INTERFACE", "UNION"];

    [Fact]
    public async Task The_full_introspection_query_of_graphql_js_is_answered_without_errors()
    {
        var response = await server.Client.PostAsync(IntrospectionQuery());

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Errors);
    }

    [Fact]
    public async Task Its_answer_is_a_complete_and_consistent_schema()
    {
        var schema = (await server.Client.DataAsync(IntrospectionQuery())).GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);

        var running = server.Services.GetRequiredService<ISchema>().AllTypes.Select(t => t.Name);
        Assert.Equal(running.Order(StringComparer.Ordinal), types.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("OBJECT", Kind(types, schema.GetProperty("queryType")));
        Assert.Equal("OBJECT", Kind(types, schema.GetProperty("mutationType")));
        Assert.Equal("OBJECT", Kind(types, schema.GetProperty("subscriptionType")));

        foreach (var type in types.Values)
        {
            var name = type.GetProperty("name").GetString();
            Assert.True(type.TryGetProperty("specifiedByURL", out _), $"{name} has no specifiedByURL");
            foreach (var field in Items(type, "fields"))
            {
                Assert.Contains(Kind(types, field.GetProperty("type")), OutputKinds);
                foreach (var argument in Items(field, "args"))
                {
                    AssertInputValue(types, argument);
                }
            }

            foreach (var inputField in Items(type, "inputFields"))
            {
                AssertInputValue(types, inputField);
            }

            Assert.All(Items(type, "interfaces"), i => Assert.Equal("INTERFACE", Kind(types, i)));
            Assert.All(Items(type, "possibleTypes"), p => Assert.Equal("OBJECT", Kind(types, p)));
        }

        foreach (var directive in schema.GetProperty("directives").EnumerateArray())
        {
            Assert.Contains(directive.GetProperty("isRepeatable").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.NotEmpty(directive.GetProperty("locations").EnumerateArray());
            foreach (var argument in Items(directive, "args"))
            {
                AssertInputValue(types, argument);
            }
        }
    }

    [Fact]
    public async Task OneOf_inputs_and_the_standard_directives_are_described()
    {
        var schema = (await server.Client.DataAsync(IntrospectionQuery())).GetProperty("__schema");

        var oneOf = schema.GetProperty("types").EnumerateArray().Where(t => t.GetProperty("isOneOf").ValueKind == JsonValueKind.True);
        Assert.NotEmpty(oneOf);
        var directives = schema.GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("deprecated", directives);
        Assert.Contains("include", directives);
        Assert.Contains("skip", directives);
    }

    private static string IntrospectionQuery() =>
        File.ReadAllText(Path.Combine(RepositoryFolders.Root(), "tests", "CrmGraph.Server.Tests", "Schema", "graphql-js-introspection.graphql"));

    private static void AssertInputValue(Dictionary<string, JsonElement> types, JsonElement value)
    {
        var name = value.GetProperty("name").GetString();
        Assert.Contains(Kind(types, value.GetProperty("type")), InputKinds);
        Assert.True(value.GetProperty("isDeprecated").ValueKind is JsonValueKind.True or JsonValueKind.False, $"{name} says nothing of deprecation");
        Assert.True(value.TryGetProperty("deprecationReason", out _), $"{name} has no deprecationReason");
    }

    /// <summary>The kind of the named type under a reference's LIST and NON_NULL wrappers, which must exist.</summary>
    private static string Kind(Dictionary<string, JsonElement> types, JsonElement reference)
    {
        while (reference.GetProperty("kind").GetString() is "LIST" or "NON_NULL")
        {
            reference = reference.GetProperty("ofType");
        }

        var name = reference.GetProperty("name").GetString()!;
        Assert.True(types.TryGetValue(name, out var type), $"The answer refers to {name}, which it does not describe.");
        Assert.Equal(type.GetProperty("kind").GetString(), reference.GetProperty("kind").GetString());
        return reference.GetProperty("kind").GetString()!;
    }

    private static IEnumerable<JsonElement> Items(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];
}
