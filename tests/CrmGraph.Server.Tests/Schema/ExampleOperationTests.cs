using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Schema;

/// <summary>
/// The example operations under schema/examples and the persisted documents under schema/persisted stay valid
/// against the running schema and within the server's document limits.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ExampleOperationTests(CrmServerFixture server)
{
    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "examples", "persisted" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFolders.Root(), "schema", folder), "*.graphql"))
            {
                data.Add(folder, Path.GetFileName(file));
            }
        }

        return data;
    }

    private static Task<string> ReadAsync(string folder, string file) =>
        File.ReadAllTextAsync(Path.Combine(RepositoryFolders.Root(), "schema", folder, file));

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_document_validates_against_the_schema(string folder, string file)
    {
        var document = Parser.Parse(await ReadAsync(folder, file));
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

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_document_fits_the_servers_limits(string folder, string file)
    {
        var text = await ReadAsync(folder, file);
        var executer = server.Services.GetRequiredService<IDocumentExecuter<ISchema>>();
        foreach (var operation in Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>())
        {
            await using var scope = server.Services.CreateAsyncScope();
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = text,
                OperationName = operation.Name?.StringValue,
                RequestServices = scope.ServiceProvider,
                ValidationRules = [new NothingRunsRule()],
            });

            // The limits come before validation, so reaching the rule means every limit let the document through.
            Assert.Contains(result.Errors!, error => error.Code == NothingRunsRule.Code);
        }
    }
}
