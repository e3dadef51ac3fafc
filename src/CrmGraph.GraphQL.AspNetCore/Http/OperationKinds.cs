using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>Finds out, before execution, which kind of operation a request would run.</summary>
internal static class OperationKinds
{
    /// <summary>
    /// Parses the document and names the operation kind chosen by <paramref name="operationName"/>; null when the
    /// document does not parse or names no single operation (execution then reports that properly).
    /// </summary>
    public static (GraphQLDocument? Document, OperationType? Kind) Inspect(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            // A syntax error, or nesting too deep for the parser: execution reports either.
            return (null, null);
        }

        return (document, DocumentOperations.Chosen(document, operationName)?.Operation);
    }
}
