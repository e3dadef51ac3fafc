using CrmGraph.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// One real CrmGraph server on a loopback port with its own temporary data folder, built exactly as the
/// product builds it from command-line settings. The shared fixture runs one; tests that need a differently
/// configured server run their own and dispose it.
/// </summary>
/// <param name="sharedDataFolder">
/// Another server's data folder, to run a second instance on the same database and keys as a scaled-out deployment
/// does; that server keeps the folder and removes it. Without one the server gets a new folder of its own.
/// </param>
public sealed class RunningServer(string? sharedDataFolder = null) : IAsyncDisposable
{
    private WebApplication? _app;
    private bool _started;

    /// <summary>The folder holding the database and keys; it exists before the server is built, so files can be put there first.</summary>
    public string DataFolder { get; } = sharedDataFolder
        ?? Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "crmgraph-tests-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>The first address the server listens on.</summary>
    public Uri BaseAddress => Addresses[0];

    /// <summary>Every address the server listens on, in the order of its <c>urls</c> setting.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public IServiceProvider Services => (_app ?? throw new InvalidOperationException("The server was not started.")).Services;

    /// <summary>
    /// Builds the application for <paramref name="environment"/> with <paramref name="settings"/> (command-line
    /// pairs, which win over the defaults given here, <c>--urls</c> included) without starting it.
    /// </summary>
    public WebApplication Build(string environment, params string[] settings) => Build(environment, configure: null, settings);

    /// <summary>
    /// Builds as <see cref="Build(string, string[])"/> does, letting <paramref name="configure"/> add to the builder
    /// first what no setting can: a log provider or a telemetry exporter that tests read.
    /// </summary>
    public WebApplication Build(string environment, Action<WebApplicationBuilder>? configure, params string[] settings) =>
        _app = CrmServer.Build(["--urls", "http://127.0.0.1:0", "--DataFolder", DataFolder, "--environment", environment, .. settings], configure);

    /// <summary>Builds, initializes (migrations, seeding, demo identities where the product makes them) and starts the server.</summary>
    public Task StartAsync(string environment, params string[] settings) => StartAsync(environment, configure: null, settings);

    /// <summary>Starts the server as <see cref="StartAsync(string, string[])"/> does, built with <paramref name="configure"/>.</summary>
    public async Task StartAsync(string environment, Action<WebApplicationBuilder>? configure, params string[] settings)
    {
        var app = Build(environment, configure, settings);
        await CrmServer.InitializeAsync(app);
        await app.StartAsync();
        _started = true;
        Addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
    }

    /// <summary>Stops the server the way the host does on SIGTERM, for tests of what happens meanwhile.</summary>
    public async Task StopAsync()
    {
        _started = false;
        await _app!.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await StopAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (sharedDataFolder is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
