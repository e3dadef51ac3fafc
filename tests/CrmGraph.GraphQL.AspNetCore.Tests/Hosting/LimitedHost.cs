using CrmGraph.GraphQL.AspNetCore.Http;
using CrmGraph.GraphQL.AspNetCore.Limits;
using CrmGraph.GraphQL.AspNetCore.Persisted;
using CrmGraph.GraphQL.AspNetCore.WebSockets;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// Tight limits, so that tests reach each with a small document, and the persisted documents under
/// <c>Persisted/Documents</c>, which a caller named <see cref="PartnerUser"/> must use.
/// </summary>
public sealed class LimitedHost : TransportHost
{
    public const string Collection = "limited transport host";
    public const string PartnerUser = "partner";
    public const int MaxDocumentLength = 2_000;
    public const int MaxTokens = 150;
    public const int MaxDepth = 5;
    public const int MaxCost = 500;
    public const int MaxAliases = 3;
    public const int MaxFieldRepeats = 2;
    public const int DefaultListSize = 10;
    public const int MaxPageSize = 50;
    public const int MaxVariablesBytes = 200;

    public static string DocumentsFolder => System.IO.Path.Combine(AppContext.BaseDirectory, "Persisted", "Documents");

    protected override void Configure(GraphQLHttpOptions options) => options.MaxVariablesBytes = MaxVariablesBytes;

    protected override void ConfigureWebSockets(GraphQLWebSocketOptions options) => options.MaxVariablesBytes = MaxVariablesBytes;

    protected override void ConfigureLimits(DocumentLimitsOptions options)
    {
        options.MaxDocumentLength = MaxDocumentLength;
        options.MaxTokens = MaxTokens;
        options.MaxDepth = MaxDepth;
        options.MaxCost = MaxCost;
        options.MaxAliases = MaxAliases;
        options.MaxFieldRepeats = MaxFieldRepeats;
        options.DefaultListSize = DefaultListSize;
        options.MaxPageSize = MaxPageSize;
    }

    protected override void ConfigurePersistedDocuments(PersistedDocumentsOptions options)
    {
        options.Folder = DocumentsFolder;
        options.RequirePersistedDocuments = (_, user) => user.Identity?.Name == PartnerUser;
    }
}

[CollectionDefinition(LimitedHost.Collection)]
public sealed class LimitedHostCollection : ICollectionFixture<LimitedHost>;
