using System.Collections.Frozen;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Transport;

namespace CrmGraph.GraphQL.AspNetCore.Persisted;

/// <summary>
/// The documents a server knows by id (the GraphQL-over-HTTP persisted documents convention: a request sends
/// <c>documentId</c> instead of <c>query</c>), and the rule saying which callers may send nothing else.
/// </summary>
public sealed class PersistedDocuments
{
    public const string NotFoundCode = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string RequiredCode = "PERSISTED_DOCUMENT_REQUIRED";

    private const string Sha256Prefix = "sha256:";

    private readonly FrozenDictionary<string, string> _documents;
    private readonly Func<HttpContext, ClaimsPrincipal, bool>? _required;

    private PersistedDocuments(FrozenDictionary<string, string> documents, Func<HttpContext, ClaimsPrincipal, bool>? required)
    {
        _documents = documents;
        _required = required;
    }

    /// <summary>No known documents, and no caller bound to them: what a transport has without <c>AddPersistedDocuments</c>.</summary>
    public static PersistedDocuments None { get; } = new(FrozenDictionary<string, string>.Empty, required: null);

    /// <summary>How many documents are known.</summary>
    public int Count => _documents.Count;

    /// <summary>Reads the documents of <see cref="PersistedDocumentsOptions.Folder"/>; a folder that does not exist is an error.</summary>
    public static PersistedDocuments Load(PersistedDocumentsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.Folder is { } folder)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.graphql"))
            {
                var text = File.ReadAllText(file);
                documents[IdOf(text)] = text;
            }
        }

        return new PersistedDocuments(documents.ToFrozenDictionary(StringComparer.Ordinal), options.RequirePersistedDocuments);
    }

    /// <summary>The id of a document: <c>sha256:</c> and the SHA-256 of its UTF-8 text in lowercase hex.</summary>
    public static string IdOf(string document) =>
        Sha256Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>The id an Apollo-style automatic persisted query names in <c>extensions.persistedQuery.sha256Hash</c>, if any.</summary>
    internal static string? IdFromExtensions(Inputs? extensions) =>
        extensions?.TryGetValue("persistedQuery", out var persisted) == true
        && persisted is IDictionary<string, object?> members
        && members.TryGetValue("sha256Hash", out var hash)
        && hash is string { Length: > 0 } text
            ? Sha256Prefix + text
            : null;

    /// <summary>
    /// Puts the text of the document <paramref name="request"/> names into its query. Returns null when the request
    /// may run, or the error refusing it: an unknown id, or text from a caller bound to known documents.
    /// </summary>
    internal ExecutionError? Prepare(GraphQLRequest request, HttpContext context, ClaimsPrincipal user)
    {
        if (request.DocumentId is { } id)
        {
            if (!_documents.TryGetValue(id, out var text))
            {
                return new ExecutionError("No persisted document has this documentId; an id is 'sha256:' and the SHA-256 of the document's text in lowercase hex.") { Code = NotFoundCode };
            }

            request.Query = text;
            return null;
        }

        return _required?.Invoke(context, user) == true
            ? new ExecutionError("This client may only run persisted documents: send 'documentId' instead of 'query'.") { Code = RequiredCode }
            : null;
    }
}
