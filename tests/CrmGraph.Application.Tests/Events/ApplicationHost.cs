using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.GraphQL.AspNetCore.Events;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.Application.Tests.Events;

/// <summary>
/// The application layer as the server wires it, on a migrated SQLite file of its own, with the event routes a test
/// chooses (its handlers registered as the real ones are). Background jobs are not started: tests run the dispatcher.
/// </summary>
internal sealed class ApplicationHost : IAsyncDisposable
{
    private readonly string _folder;
    private readonly bool _ownsFolder;
    private readonly ServiceProvider _services;

    private ApplicationHost(EventRoutes routes, IReadOnlyDictionary<string, string?> settings, string? sharedFolder)
    {
        _ownsFolder = sharedFolder is null;
        _folder = sharedFolder ?? Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "crmgraph-app-tests-" + Guid.NewGuid().ToString("N"))).FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddCrmData(configuration, _folder)
            .AddCrmApplication(configuration)
            .AddEventBus(configuration)
            .AddSingleton(routes)
            .AddSingleton<HandlerLog>();
        foreach (var handler in routes.Handlers)
        {
            services.AddScoped(handler);
        }

        _services = services.BuildServiceProvider();
    }

    public IServiceProvider Services => _services;

    public string Folder => _folder;

    /// <summary>A host on a new database, or with <paramref name="sharedFolder"/> on another host's, as a second instance.</summary>
    public static async Task<ApplicationHost> StartAsync(EventRoutes routes, IReadOnlyDictionary<string, string?>? settings = null, string? sharedFolder = null)
    {
        var host = new ApplicationHost(routes, settings ?? new Dictionary<string, string?>(), sharedFolder);
        await host.InDatabaseAsync(db => db.Database.MigrateAsync());
        return host;
    }

    public async Task InDatabaseAsync(Func<CrmDbContext, Task> work)
    {
        await using var scope = _services.CreateServerWorkScope();
        await work(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    public async Task<T> InDatabaseAsync<T>(Func<CrmDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateServerWorkScope();
        return await work(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    /// <summary>Runs <paramref name="work"/> with a service of a unit of work of its own, as a request or job would.</summary>
    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = _services.CreateServerWorkScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A new customer, saved through the command pipeline; returns its id.</summary>
    public Task<int> CustomerAsync() =>
        WithAsync<CommandPipeline, int>(async pipeline =>
        {
            var details = new CustomerDetails("Ada Example", CustomerKind.Person, new ContactDetails(null, null, null, null), CustomerSegment.Standard, null, null);
            return (await pipeline.AddAsync(Customer.Create("C-" + Guid.NewGuid().ToString("N")[..8], details, DateTimeOffset.UtcNow).Value, CancellationToken.None)).Value.Id;
        });

    public static Complaint NewComplaint(int customerId) =>
        Complaint.File(
            "CMP-" + Guid.NewGuid().ToString("N")[..8], customerId, null, null, ContactChannel.Email, ComplaintCategory.Service, ComplaintSeverity.High,
            "The engineer did not come.", new SlaTargets(TimeSpan.FromHours(4), TimeSpan.FromHours(24)), DateTimeOffset.UtcNow, null).Value;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
