using CrmGraph.Data.Access;
using CrmGraph.Data.Providers;
using CrmGraph.GraphQL.AspNetCore.Events;
using CrmGraph.Application;
using CrmGraph.Application.Churn;
using CrmGraph.Identity;
using CrmGraph.Identity.Demo;
using CrmGraph.Identity.Ide;
using CrmGraph.GraphQL.AspNetCore.Ide;
using CrmGraph.Server.Ide;
using CrmGraph.Server.Health;
using CrmGraph.Server.RateLimiting;
using CrmGraph.Server.Telemetry;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CrmGraph.Server.Hosting;

/// <summary>Builds and runs the CRM server; tests build the same application with their own settings.</summary>
public static class CrmServer
{
    private const string GraphQLPath = "/graphql";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var dataFolder = builder.Configuration["DataFolder"] ?? Path.Combine(builder.Environment.ContentRootPath, "data");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCrmData(builder.Configuration, dataFolder);
        builder.Services.AddCrmIdentity(builder.Configuration, builder.Environment, dataFolder);
        builder.Services.AddCrmGraphQL(builder.Configuration, builder.Environment);
        builder.Services.AddCrmApplication(builder.Configuration);
        builder.Services.AddEventBus(builder.Configuration);
        builder.Services.AddCrmHealthChecks(builder.Configuration);
        builder.Services.AddCrmTelemetry(builder.Configuration);
        builder.Services.AddClientRateLimiting(builder.Configuration);

        var ide = IdeConfiguration.From(builder.Configuration, builder.Environment, AuthOptions.From(builder.Configuration, builder.Environment));

        var app = builder.Build();
        app.UseWebSockets();
        if (ide is not null)
        {
            app.UseGraphiQL(GraphQLPath, ide);
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCrmHealthChecks();
        app.MapCrmIdentity();
        app.MapCrmGraphQL(GraphQLPath);
        app.MapGet("/", () => Results.Redirect(GraphQLPath)).ExcludeFromDescription();
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        var demoIdentities = await InitializeAsync(app).ConfigureAwait(false);
        await app.StartAsync().ConfigureAwait(false);
        PrintWhereThingsAre(app, demoIdentities);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>
    /// Brings the database up to date, scores the churn risk of customers never scored (after seeding or an import, so
    /// that atRiskCustomers ranks them from the first request) when it manages the database, and, in Development,
    /// creates the demo identities;
    /// returns what a newcomer can sign in with.
    /// </summary>
    public static async Task<IReadOnlyList<string>> InitializeAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await DatabaseInitializer.InitializeAsync(app.Services, app.Environment.IsDevelopment(), CancellationToken.None).ConfigureAwait(false);

        // Only a server that looks after its own database scores at start-up; otherwise the monitor's first pass does,
        // and a server whose database is down still starts (and reports not ready).
        if (app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStartup)
        {
            await using var scoring = app.Services.CreateServerWorkScope();
            await scoring.ServiceProvider.GetRequiredService<CustomerRiskScores>().RefreshRankedAsync(DateTimeOffset.MinValue, CancellationToken.None).ConfigureAwait(false);
        }

        if (!app.Environment.IsDevelopment() || !app.Services.GetRequiredService<AuthOptions>().UsesEmbeddedServer)
        {
            return [];
        }

        var ideRedirectUris = IdeSignIn.RedirectUris(BrowserAddresses.From(app.Configuration, app.Services.GetRequiredService<AuthOptions>()), GraphQLPath);
        await using var scope = app.Services.CreateServerWorkScope();
        return await scope.ServiceProvider.GetRequiredService<DemoIdentitySeeder>().SeedAsync(ideRedirectUris, CancellationToken.None).ConfigureAwait(false);
    }

    private static void PrintWhereThingsAre(WebApplication app, IReadOnlyList<string> demoIdentities)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        var where = database.Provider == DatabaseProvider.Sqlite
            ? Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource)
            : "the server in Database:ConnectionString";
        foreach (var address in addresses)
        {
            Console.WriteLine($"CrmGraph GraphQL endpoint: {address.TrimEnd('/')}{GraphQLPath}");
        }

        Console.WriteLine($"CrmGraph database: {database.Provider}, {where}");
        if (IdeConfiguration.IsEnabled(app.Configuration, app.Environment))
        {
            foreach (var address in addresses.Take(1))
            {
                Console.WriteLine($"CrmGraph IDE: open {address.TrimEnd('/')}{GraphQLPath} in a browser (GraphiQL, with sign-in)");
            }
        }

        foreach (var address in addresses.Take(1))
        {
            Console.WriteLine($"CrmGraph OAuth discovery: {address.TrimEnd('/')}/.well-known/openid-configuration");
        }

        foreach (var line in demoIdentities)
        {
            Console.WriteLine($"CrmGraph demo (Development only): {line}");
        }
    }
}
