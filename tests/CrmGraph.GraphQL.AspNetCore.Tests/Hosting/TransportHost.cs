using CrmGraph.GraphQL.AspNetCore.Http;
using CrmGraph.GraphQL.AspNetCore.Limits;
using CrmGraph.GraphQL.AspNetCore.Persisted;
using CrmGraph.GraphQL.AspNetCore.WebSockets;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// Serves <see cref="TestSchema"/> through the HTTP and WebSocket transports on a real Kestrel server bound to a
/// free loopback port, once for all tests of a collection.
/// </summary>
public abstract class TransportHost : IAsyncLifetime, IAsyncDisposable
{
    public const string Path = "/graphql";

    private WebApplication? _app;

    public TestProbe Probe { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public EventFeed Feed { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The same endpoint, addressed for WebSockets.</summary>
    public Uri SocketEndpoint => new UriBuilder(Endpoint) { Scheme = "ws" }.Uri;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The HTTP transport options this host runs with.</summary>
    protected virtual void Configure(GraphQLHttpOptions options)
    {
    }

    /// <summary>The WebSocket transport options this host runs with.</summary>
    protected virtual void ConfigureWebSockets(GraphQLWebSocketOptions options)
    {
    }

    /// <summary>The document limits this host runs with; the library's defaults unless a host says otherwise.</summary>
    protected virtual void ConfigureLimits(DocumentLimitsOptions options)
    {
    }

    /// <summary>The persisted documents this host knows; none unless a host says otherwise.</summary>
    protected virtual void ConfigurePersistedDocuments(PersistedDocumentsOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton(Probe);
        builder.Services.AddSingleton(Feed);
        builder.Services.AddScoped<ScopeMarker>();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<TestSchema>()
            .AddGraphTypes(typeof(TestSchema).Assembly)
            .AddDocumentLimits(ConfigureLimits)
            .AddPersistedDocuments(ConfigurePersistedDocuments)
            .AddHttpTransport<TestSchema>(Configure)
            .AddWebSocketTransport<TestSchema>(ConfigureWebSockets));

        _app = builder.Build();
        _app.Use(TestAuthentication.SignInFromHeaderAsync);
        _app.UseWebSockets();
        _app.MapGraphQLHttp<TestSchema>(Path);
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Endpoint = new Uri(new Uri(address), Path);
        Client = new HttpClient();
    }

    /// <summary>Stops the host; a second call does nothing.</summary>
    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}

/// <summary>Production-like settings: exception details hidden, small batch and body limits, the default document limits (no introspection, no suggestions).</summary>
public sealed class MaskedHost : TransportHost
{
    public const string Collection = "masked transport host";
    public const int MaxBatchSize = 3;
    public const int MaxRequestBodyBytes = 4096;

    protected override void Configure(GraphQLHttpOptions options)
    {
        options.ExposeExceptionDetails = false;
        options.MaxBatchSize = MaxBatchSize;
        options.MaxRequestBodyBytes = MaxRequestBodyBytes;
    }
}

/// <summary>Development settings: exception messages shown to clients, introspection allowed, field suggestions kept.</summary>
public sealed class ExposedHost : TransportHost
{
    public const string Collection = "exposed transport host";

    protected override void Configure(GraphQLHttpOptions options) => options.ExposeExceptionDetails = true;

    protected override void ConfigureLimits(DocumentLimitsOptions options)
    {
        options.AllowIntrospection = true;
        options.EnableFieldSuggestions = true;
    }
}

[CollectionDefinition(MaskedHost.Collection)]
public sealed class MaskedHostCollection : ICollectionFixture<MaskedHost>;

[CollectionDefinition(ExposedHost.Collection)]
public sealed class ExposedHostCollection : ICollectionFixture<ExposedHost>;
