using CrmGraph.GraphQL.AspNetCore.Persisted;
using GraphQL.DI;

namespace CrmGraph.GraphQL.AspNetCore;

public static class PersistedDocumentsExtensions
{
    /// <summary>
    /// Lets clients of both transports send <c>{"documentId": "sha256:…"}</c> (or an automatic persisted query's
    /// <c>extensions.persistedQuery.sha256Hash</c>) instead of <c>query</c>, naming a document read now, at startup,
    /// from <see cref="PersistedDocumentsOptions.Folder"/>; an unknown id is refused with
    /// <c>PERSISTED_DOCUMENT_NOT_FOUND</c>. Callers that <see cref="PersistedDocumentsOptions.RequirePersistedDocuments"/>
    /// picks may send nothing else. Documents are never registered by clients.
    /// </summary>
    public static IGraphQLBuilder AddPersistedDocuments(this IGraphQLBuilder builder, Action<PersistedDocumentsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PersistedDocumentsOptions();
        configure(options);
        builder.Services.Register(typeof(PersistedDocuments), PersistedDocuments.Load(options), replace: true);
        return builder;
    }

    /// <summary>Gives the transports an empty store unless <see cref="AddPersistedDocuments"/> registers one, before or after.</summary>
    internal static void AddNoPersistedDocuments(this IGraphQLBuilder builder) =>
        builder.Services.TryRegister(typeof(PersistedDocuments), PersistedDocuments.None);
}
