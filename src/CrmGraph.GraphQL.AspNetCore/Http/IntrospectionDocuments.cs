using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>Recognises documents that only ask about the schema (<c>__schema</c>, <c>__type</c>, <c>__typename</c>).</summary>
internal static class IntrospectionDocuments
{
    public static bool IsIntrospectionOnly(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return false;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return false;
        }

        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return document.Definitions.OfType<GraphQLOperationDefinition>()
            .All(o => o.Operation == OperationType.Query && OnlyIntrospection(o.SelectionSet, fragments, []));
    }

    /// <summary>Every top-level selection, looking through fragments, is an introspection field.</summary>
    private static bool OnlyIntrospection(GraphQLSelectionSet selections, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visited) =>
        selections.Selections.All(selection => selection switch
        {
            GraphQLField field => field.Name.Value.Span.StartsWith("__", StringComparison.Ordinal),
            GraphQLInlineFragment inline => OnlyIntrospection(inline.SelectionSet, fragments, visited),
            GraphQLFragmentSpread spread => visited.Add(spread.FragmentName.Name.StringValue)
                && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                && OnlyIntrospection(fragment.SelectionSet, fragments, visited),
            _ => false,
        });
}
