using System.Globalization;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CrmGraph.GraphQL.AspNetCore.Limits;

/// <summary>
/// Refuses documents over the <see cref="DocumentLimitsOptions"/> as the first step of every execution, before
/// validation: the length first, then the tokens (without parsing), then one walk of the parsed operation. The
/// parsed document is handed on, so the document is parsed once either way.
/// </summary>
internal sealed class DocumentLimits(DocumentLimitsOptions limits) : IConfigureExecution
{
    /// <summary>Runs with the other execution steps ("Use" calls), after the option configurations (100).</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var refusals = Check(options);
        return refusals.Count == 0
            ? await next(options).ConfigureAwait(false)
            : new ExecutionResult { Errors = [.. refusals] };
    }

    private List<ExecutionError> Check(ExecutionOptions options)
    {
        if (options.Query is { } text)
        {
            if (text.Length > limits.MaxDocumentLength)
            {
                return [Refusal(DocumentLimitCodes.MaxDocumentSize, $"The document is {text.Length:N0} characters long; at most {limits.MaxDocumentLength:N0} are accepted.")];
            }

            if (TokenCounter.Count(text, limits.MaxTokens + 1) > limits.MaxTokens)
            {
                return [Refusal(DocumentLimitCodes.MaxTokens, $"The document holds more than {limits.MaxTokens:N0} tokens.")];
            }

            if (options.Document is null)
            {
                try
                {
                    options.Document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments });
                }
                catch (GraphQLMaxDepthExceededException)
                {
                    return [TooDeep()];
                }
                catch (GraphQLSyntaxErrorException exception)
                {
                    return [new SyntaxError(exception)];
                }
            }
        }

        if (options.Document is not { } document || options.Schema is not { } schema || DocumentOperations.Chosen(document, options.OperationName) is not { } operation)
        {
            // Nothing to run, or no single operation to run: execution says so.
            return [];
        }

        if (!schema.Initialized)
        {
            schema.Initialize();
        }

        return Refusals(OperationWalk.Measure(limits, schema, document, operation, options.Variables ?? Inputs.Empty), document);
    }

    private List<ExecutionError> Refusals(OperationWalk walk, GraphQLDocument document)
    {
        var refusals = new List<ExecutionError>();
        if (walk.TooNested || walk.Depth > limits.MaxDepth)
        {
            refusals.Add(TooDeep());
        }
        else if (walk.Cost > limits.MaxCost)
        {
            // A walk cut short at the depth limit has no full cost to report.
            refusals.Add(Refusal(
                DocumentLimitCodes.MaxCost,
                $"The document would cost {walk.Cost:N0}; at most {limits.MaxCost:N0} is allowed. Every field costs 1, and a list field multiplies the cost of its selections by its page size ({string.Join(" or ", limits.PageSizeArguments)}, else {limits.DefaultListSize:N0}): ask for smaller pages or fewer nested lists."));
        }

        if (walk.OversizedPage is var (argument, size))
        {
            refusals.Add(Refusal(DocumentLimitCodes.PageSizeTooLarge, $"A page holds at most {limits.MaxPageSize:N0} items ('{argument.Name.StringValue}' asks for {size:N0}); page through with a cursor.").AddLocation(argument, document));
        }

        if (walk.Aliases > limits.MaxAliases)
        {
            refusals.Add(Refusal(DocumentLimitCodes.MaxAliases, $"The document uses {walk.Aliases:N0} aliases; at most {limits.MaxAliases:N0} are allowed."));
        }

        if (walk.Repeated is var (node, key))
        {
            refusals.Add(Refusal(DocumentLimitCodes.DuplicateFields, $"'{key}' is selected more than {limits.MaxFieldRepeats:N0} times in one selection set.").AddLocation(node, document));
        }

        if (walk.Introspection is { } field)
        {
            refusals.Add(Refusal(DocumentLimitCodes.IntrospectionDisabled, $"Introspection is disabled on this server.").AddLocation(field, document));
        }

        return refusals;
    }

    private ExecutionError TooDeep() =>
        Refusal(DocumentLimitCodes.MaxDepth, $"The document nests fields more than {limits.MaxDepth:N0} levels deep (counting through fragments).");

    private static ExecutionError Refusal(string code, FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture)) { Code = code };
}
