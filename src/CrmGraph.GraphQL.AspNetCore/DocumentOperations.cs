using GraphQLParser.AST;

namespace CrmGraph.GraphQL.AspNetCore;

/// <summary>Which operation of a document a request runs, chosen as execution will choose it.</summary>
internal static class DocumentOperations
{
    /// <summary>The operation named <paramref name="operationName"/>, or the only one when no name is given; null when none fits (execution reports that).</summary>
    public static GraphQLOperationDefinition? Chosen(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        return operationName is null
            ? (operations.Take(2).ToList() is [var only] ? only : null)
            : operations.FirstOrDefault(operation => operation.Name?.StringValue == operationName);
    }
}
