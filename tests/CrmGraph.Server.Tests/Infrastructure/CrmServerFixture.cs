using CrmGraph.Data.Access;
using CrmGraph.Data;
using CrmGraph.Data.Diagnostics;
using CrmGraph.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// Starts the real server (Kestrel on a loopback port) in Development, on a fresh SQLite file with the demo
/// data and demo identities, once for all tests of the collection. Its <see cref="Client"/> carries an
/// administrator's access token obtained through the real sign-in flow.
/// </summary>
public sealed class CrmServerFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crmgraph-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public const string AdminEmail = "admin@crmgraph.example";
    public const string ManagerEmail = "manager.hotline@crmgraph.example";
    public const string AgentEmail = "agent1.hotline@crmgraph.example";
    public const string StaffPassword = "crmgraph-demo-password";

    /// <summary>A GraphQL client signed in as the demo administrator, with every scope.</summary>
    public GraphQLClient Client { get; private set; } = null!;

    public OAuthClient OAuth { get; private set; } = null!;

    /// <summary>The folder holding the database and the Development keys.</summary>
    public string DataFolder => _folder;

    public Uri BaseAddress { get; private set; } = null!;

    public string DatabaseFile => Path.Combine(_folder, "crmgraph.db");

    public IServiceProvider Services => _app!.Services;

    /// <summary>SQL statements sent so far; tests read it before and after a request.</summary>
    public long SqlStatements => Services.GetRequiredService<SqlStatementCounter>().Count;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = CrmServer.Build(
            ["--urls", "http://127.0.0.1:0", "--DataFolder", _folder, "--environment", "Development", "--Auth:AccessTokenLifetime", "01:00:00"]);
        await CrmServer.InitializeAsync(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        OAuth = new OAuthClient(BaseAddress);
        var admin = await OAuth.SignInStaffAsync(AdminEmail, StaffPassword);
        Client = ClientWithToken(admin.AccessToken);
    }

    /// <summary>A GraphQL client that sends <paramref name="accessToken"/> (or none) as its bearer token.</summary>
    public GraphQLClient ClientWithToken(string? accessToken)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (accessToken is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }

        return new GraphQLClient(http);
    }

    /// <summary>A GraphQL client for a demo partner portal, with the scopes it asks for.</summary>
    public async Task<GraphQLClient> PartnerClientAsync(string clientId, string scope = "crm.read crm.write complaints.subscribe")
    {
        var token = await OAuth.ClientCredentialsAsync(clientId, clientId + "-secret", scope);
        Assert.True(token.Error is null, $"Token request failed: {token.Body}");
        return ClientWithToken(token.AccessToken);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Runs <paramref name="work"/> against the server's database directly, to check what was written.</summary>
    public async Task<T> InDatabaseAsync<T>(Func<CrmDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateServerWorkScope();
        return await work(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }
}
