using GraphQL;
using GraphQL.SystemTextJson;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Introspection;

/// <summary>
/// Deprecated arguments and input fields are left out of introspection unless <c>includeDeprecated</c> asks for them,
/// and then say so with their reason; repeatable directives say that too.
/// </summary>
public sealed class DeprecatedInputValuesTests
{
    private const string Query = """
        {
          field: __type(name: "Query") {
            fields {
              current: args { name }
              all: args(includeDeprecated: true) { name isDeprecated deprecationReason }
            }
          }
          input: __type(name: "Filter") {
            current: inputFields { name }
            all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason }
          }
          __schema {
            directives { name isRepeatable current: args { name } all: args(includeDeprecated: true) { name isDeprecated } }
          }
        }
        """;

    [Fact]
    public async Task Deprecated_arguments_and_input_fields_appear_only_when_asked_for_with_their_reason()
    {
        var data = await IntrospectAsync();

        var field = data.GetProperty("field").GetProperty("fields")[0];
        Assert.Equal(["text", "where"], Names(field.GetProperty("current")));
        Assert.Equal(["text", "limit", "where"], Names(field.GetProperty("all")));
        var limit = field.GetProperty("all")[1];
        Assert.True(limit.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Pages are fixed.", limit.GetProperty("deprecationReason").GetString());

        var input = data.GetProperty("input");
        Assert.Equal(["name"], Names(input.GetProperty("current")));
        Assert.Equal(["name", "legacyName"], Names(input.GetProperty("all")));
        Assert.Equal("Use name.", input.GetProperty("all")[1].GetProperty("deprecationReason").GetString());
    }

    [Fact]
    public async Task Directives_say_whether_they_repeat_and_report_deprecated_arguments_when_asked()
    {
        var data = await IntrospectAsync();

        var directives = data.GetProperty("__schema").GetProperty("directives").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.True(directives["tag"].GetProperty("isRepeatable").GetBoolean());
        Assert.False(directives["include"].GetProperty("isRepeatable").GetBoolean());
        Assert.Equal(["name"], Names(directives["tag"].GetProperty("current")));
        Assert.Equal(["name", "label"], Names(directives["tag"].GetProperty("all")));
        Assert.True(directives["tag"].GetProperty("all")[1].GetProperty("isDeprecated").GetBoolean());
    }

    [Fact]
    public async Task Every_type_answers_specified_by_url()
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = new DeprecationSchema(),
            Query = """{ __schema { types { name specifiedByURL } } }""",
        });

        Assert.Null(result.Errors);
        using var json = JsonDocument.Parse(new GraphQLSerializer().Serialize(result));
        var types = json.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types");
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("name").GetString() == "String");
        Assert.All(types.EnumerateArray(), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("specifiedByURL").ValueKind));
    }

    private static async Task<JsonElement> IntrospectAsync()
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = new DeprecationSchema(), Query = Query });
        Assert.Null(result.Errors);
        using var json = JsonDocument.Parse(new GraphQLSerializer().Serialize(result));
        return json.RootElement.GetProperty("data").Clone();
    }

    private static string[] Names(JsonElement values) => values.EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToArray();
}
