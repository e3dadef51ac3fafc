using GraphQLParser;
using GraphQLParser.Exceptions;

namespace CrmGraph.GraphQL.AspNetCore.Limits;

/// <summary>Counts a document's lexical tokens without parsing it, so that an oversized document costs no syntax tree.</summary>
internal static class TokenCounter
{
    /// <summary>
    /// The tokens of <paramref name="document"/> (comments left out), counted up to <paramref name="cap"/>. At a
    /// character the lexer cannot read, counting stops: parsing reports the fault.
    /// </summary>
    public static int Count(string document, int cap)
    {
        ROM source = document;
        var count = 0;
        try
        {
            for (var token = Lexer.Lex(source, 0); token.Kind != TokenKind.EOF && count < cap; token = Lexer.Lex(source, token.End))
            {
                if (token.Kind != TokenKind.COMMENT)
                {
                    count++;
                }
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Counted as far as the fault.
        }

        return count;
    }
}
