using CrmGraph.Data.Access;
using CrmGraph.Data.Diagnostics;
using CrmGraph.Data.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Data;

public static class CrmDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CRM database on the configured provider. With no configuration this is an SQLite
    /// file under <paramref name="dataFolder"/>.
    /// </summary>
    public static IServiceCollection AddCrmData(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString ??= options.Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(dataFolder, "crmgraph.db")}"
            : throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.");

        services.AddSingleton(options);
        services.AddSingleton<SqlStatementCounter>();
        services.AddScoped<SqlStatementTally>();
        services.AddScoped<SqlCommandObserver>();
        services.AddScoped<DataAccessScope>();
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<SqlServerCrmDbContext>((sp, db) => db
                .UseSqlServer(options.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<SqlCommandObserver>()));
            services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<SqlServerCrmDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteCrmDbContext>((sp, db) => db
                .UseSqlite(options.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<SqlCommandObserver>()));
            services.AddScoped<CrmDbContext>(sp => sp.GetRequiredService<SqliteCrmDbContext>());
        }

        return services;
    }
}
