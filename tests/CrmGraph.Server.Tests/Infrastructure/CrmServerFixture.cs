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
/// Starts the real server (Kestrel on a loopback port) on a fresh SQLite file with the demo data, once for
/// all tests of the collection, and gives them an HTTP client for it.
/// </summary>
public sealed class CrmServerFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crmgraph-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public GraphQLClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string DatabaseFile => Path.Combine(_folder, "crmgraph.db");

    public IServiceProvider Services => _app!.Services;

    /// <summary>SQL statements sent so far; tests read it before and after a request.</summary>
    public long SqlStatements => Services.GetRequiredService<SqlStatementCounter>().Count;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = CrmServer.Build(
            ["--urls", "http://127.0.0.1:0", "--DataFolder", _folder, "--environment", "Testing"]);
        await DatabaseInitializer.InitializeAsync(_app.Services, CancellationToken.None);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new GraphQLClient(new HttpClient { BaseAddress = BaseAddress });
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
