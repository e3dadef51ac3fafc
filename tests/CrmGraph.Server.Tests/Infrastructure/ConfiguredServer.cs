using Microsoft.AspNetCore.Builder;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// A class fixture running one server configured differently from the shared one, for the tests of one
/// class; it is started once before them and removed with its data folder after.
/// </summary>
public abstract class ConfiguredServer : IAsyncLifetime
{
    public RunningServer Server { get; } = new();

    protected abstract string Environment { get; }

    /// <summary>The command-line settings; files they name can be written to <paramref name="dataFolder"/> first.</summary>
    protected abstract string[] Settings(string dataFolder);

    public async Task InitializeAsync()
    {
        await Server.StartAsync(Environment, Configure, Settings(Server.DataFolder));
        await StartedAsync();
    }

    /// <summary>Anything to add to the builder that no setting can, such as a log provider the tests read.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    /// <summary>Anything to do once the server runs, such as registering what an operator would.</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Server.DisposeAsync().AsTask();
}
