using CrmGraph.Data.Providers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CrmGraph.Server.Hosting;

/// <summary>Builds and runs the CRM server; tests build the same application with their own settings.</summary>
public static class CrmServer
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var dataFolder = builder.Configuration["DataFolder"] ?? Path.Combine(builder.Environment.ContentRootPath, "data");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCrmData(builder.Configuration, dataFolder);
        builder.Services.AddCrmGraphQL(builder.Configuration, exposeExceptionDetails: builder.Environment.IsDevelopment());

        var app = builder.Build();
        app.MapCrmGraphQL("/graphql");
        app.MapGet("/", () => Results.Redirect("/graphql")).ExcludeFromDescription();
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        await DatabaseInitializer.InitializeAsync(app.Services, CancellationToken.None).ConfigureAwait(false);
        await app.StartAsync().ConfigureAwait(false);
        PrintWhereThingsAre(app);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    private static void PrintWhereThingsAre(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        var where = database.Provider == DatabaseProvider.Sqlite
            ? Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource)
            : "the server in Database:ConnectionString";
        foreach (var address in addresses)
        {
            Console.WriteLine($"CrmGraph GraphQL endpoint: {address.TrimEnd('/')}/graphql");
        }

        Console.WriteLine($"CrmGraph database: {database.Provider}, {where}");
    }
}
