using System.Security.Claims;

namespace CrmGraph.GraphQL.AspNetCore.Persisted;

/// <summary>Where the known documents come from, and who must use them.</summary>
public sealed class PersistedDocumentsOptions
{
    /// <summary>
    /// The folder whose <c>*.graphql</c> files are the known documents, read once at startup; null knows none. Each
    /// is known as <c>sha256:</c> followed by the SHA-256 of its text (UTF-8, lowercase hex), which for a file without
    /// a byte-order mark is what <c>sha256sum</c> prints.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>
    /// Decides, for each request, whether its caller may only run known documents; a document sent as text is then
    /// refused with <c>PERSISTED_DOCUMENT_REQUIRED</c>. It is given the request and whom it acts for (over WebSockets
    /// the connection's principal, which the upgrade request's <see cref="HttpContext.User"/> is not). Without a hook
    /// anyone may send text.
    /// </summary>
    public Func<HttpContext, ClaimsPrincipal, bool>? RequirePersistedDocuments { get; set; }
}
