using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Schema;

/// <summary>The example operations under schema/examples stay valid against the running schema.</summary>
[Collection(ServerCollection.Name)]
public sealed class ExampleOperationTests(CrmServerFixture server)
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFolders.Root(), "schema", "examples"), "*.graphql"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_example_validates_against_the_schema(string file)
    {
        var document = Parser.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryFolders.Root(), "schema", "examples", file)));
        var schema = server.Services.GetRequiredService<ISchema>();
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Rules = DocumentValidator.CoreRules,
                RequestServices = server.Services,
                Variables = Inputs.Empty,
            });

            // Examples leave their variables to the reader; everything else about them must be valid.
            var errors = result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message).ToList();
            Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors)}");
        }
    }
}
