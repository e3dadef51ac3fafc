using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>Finds out which operation a request runs: before execution, or after a refusal that left it unnamed.</summary>
internal static class OperationKinds
{
    /// <summary>
    /// Parses the document and names the operation kind chosen by <paramref name="operationName"/>; null when the
    /// document does not parse or names no single operation (execution then reports that properly).
    /// </summary>
    public static (GraphQLDocument? Document, OperationType? Kind) Inspect(string query, string? operationName)
    {
        var document = TryParse(query);
        return (document, document is null ? null : Choose(document, operationName)?.Operation);
    }

    /// <summary>
    /// The operation <paramref name="operationName"/> chooses in <paramref name="document"/>, or in
    /// <paramref name="query"/> parsed when there is no document; null when it names no single one.
    /// </summary>
    public static GraphQLOperationDefinition? Find(GraphQLDocument? document, string? query, string? operationName) =>
        (document ?? (query is null ? null : TryParse(query))) is { } parsed ? Choose(parsed, operationName) : null;

    private static GraphQLOperationDefinition? Choose(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            // A syntax error, or nesting too deep for the parser: execution reports either.
            return null;
        }
    }
}
