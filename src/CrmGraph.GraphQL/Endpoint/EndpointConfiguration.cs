using CrmGraph.GraphQL.AspNetCore;
using CrmGraph.GraphQL.AspNetCore.Http;
using CrmGraph.GraphQL.AspNetCore.Limits;
using CrmGraph.GraphQL.AspNetCore.Persisted;
using CrmGraph.GraphQL.AspNetCore.WebSockets;
using CrmGraph.Identity;
using CrmGraph.Identity.Callers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CrmGraph.GraphQL.Endpoint;

/// <summary>
/// Reads the settings that guard the GraphQL endpoint: <c>GraphQL:Limits:*</c>, <c>GraphQL:AllowIntrospection</c> and
/// <c>GraphQL:EnableFieldSuggestions</c> (both on in Development unless set), and <c>GraphQL:PersistedDocuments:*</c>.
/// Whatever is not configured keeps the transport library's default.
/// </summary>
public static class EndpointConfiguration
{
    public const string LimitsSection = "GraphQL:Limits";
    public const string AllowIntrospectionKey = "GraphQL:AllowIntrospection";
    public const string EnableFieldSuggestionsKey = "GraphQL:EnableFieldSuggestions";
    public const string PersistedFolderKey = "GraphQL:PersistedDocuments:Folder";
    public const string RequiredForPartnersKey = "GraphQL:PersistedDocuments:RequiredForPartners";
    public const string MaxOperationsPerSocketKey = "RateLimiting:MaxOperationsPerSocket";

    /// <summary>Where the published server keeps its copy of <c>schema/persisted</c>, the default folder of known documents.</summary>
    public static string DefaultPersistedFolder => Path.Combine(AppContext.BaseDirectory, "persisted");

    /// <summary>
    /// The document limits. A list is assumed to hold a default page (what a connection given no page size returns)
    /// unless configured otherwise; the largest page is the schema's own, not a setting.
    /// </summary>
    public static void Limits(DocumentLimitsOptions limits, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        limits.DefaultListSize = PageRequest.DefaultPageSize;
        configuration.GetSection(LimitsSection).Bind(limits);
        limits.MaxPageSize = PageRequest.MaxPageSize;
        limits.AllowIntrospection = configuration.GetValue(AllowIntrospectionKey, environment.IsDevelopment());
        limits.EnableFieldSuggestions = configuration.GetValue(EnableFieldSuggestionsKey, environment.IsDevelopment());
    }

    /// <summary>What both transports share: exception details in Development only, and the variables limit.</summary>
    public static void Transport(GraphQLTransportOptions transport, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        transport.ExposeExceptionDetails = environment.IsDevelopment();
        transport.MaxVariablesBytes = configuration.GetValue($"{LimitsSection}:{nameof(transport.MaxVariablesBytes)}", transport.MaxVariablesBytes);
    }

    /// <summary>The HTTP request limits: operations per batch and body size.</summary>
    public static void Http(GraphQLHttpOptions http, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(configuration);
        http.MaxBatchSize = configuration.GetValue($"{LimitsSection}:{nameof(http.MaxBatchSize)}", http.MaxBatchSize);
        http.MaxRequestBodyBytes = configuration.GetValue($"{LimitsSection}:{nameof(http.MaxRequestBodyBytes)}", http.MaxRequestBodyBytes);
    }

    /// <summary>
    /// The WebSocket settings: the bearer token of <c>connection_init</c> checked again before every operation and every
    /// revocation-check interval, the socket closed when it expires, and the operations one socket may run at once.
    /// </summary>
    public static void WebSockets(GraphQLWebSocketOptions socket, IConfiguration configuration, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(auth);
        socket.AuthenticateConnection = ConnectionTokens.AuthenticateAsync;
        socket.CredentialsExpiry = ConnectionTokens.ExpiryOf;
        socket.ReauthenticationInterval = auth.RevocationCheckInterval > TimeSpan.Zero ? auth.RevocationCheckInterval : TimeSpan.FromSeconds(1);
        socket.MaxOperationsPerSocket = configuration.GetValue(MaxOperationsPerSocketKey, socket.MaxOperationsPerSocket);
    }

    /// <summary>
    /// The known documents (the configured folder, else the published copy of <c>schema/persisted</c> when there is
    /// one) and, with <c>RequiredForPartners</c>, partner clients bound to them.
    /// </summary>
    public static void PersistedDocuments(PersistedDocumentsOptions documents, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(configuration);
        documents.Folder = configuration[PersistedFolderKey] ?? (Directory.Exists(DefaultPersistedFolder) ? DefaultPersistedFolder : null);
        if (configuration.GetValue(RequiredForPartnersKey, defaultValue: false))
        {
            documents.RequirePersistedDocuments = (_, user) => Caller.From(user).IsPartner;
        }
    }
}
