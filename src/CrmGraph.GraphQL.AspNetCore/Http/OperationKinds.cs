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
        catch (GraphQLSyntaxErrorException)
        {
            return (null, null);
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return (document, chosen?.Operation);
    }
}
