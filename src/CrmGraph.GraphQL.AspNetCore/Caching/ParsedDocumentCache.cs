using System.Collections.Concurrent;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.GraphQL.AspNetCore.Caching;

/// <summary>
/// Keeps the parsed form of documents that passed validation, keyed by their text, so a client repeating a
/// document skips parsing and the document-only validation rules. Rules that depend on the caller (registered
/// for cached documents, such as schema authorization) still run on every request.
/// </summary>
public sealed class ParsedDocumentCache(int capacity) : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>
    /// After the option configurations (100) and before the other execution steps (200), such as the document limits,
    /// so that they take the cached document instead of parsing the text again.
    /// </summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (_documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);

        // Only documents that validated are kept; a full cache keeps what it has rather than churn.
        if (result.Executed && result.Document is { } parsed && _documents.Count < capacity)
        {
            _documents.TryAdd(query, parsed);
        }

        return result;
    }
}
