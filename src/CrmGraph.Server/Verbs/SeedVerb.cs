using Microsoft.EntityFrameworkCore;
using CrmGraph.Data.Seeding;

namespace CrmGraph.Server.Verbs;

/// <summary>
/// <c>seed [--large] [--replace]</c>: fills the configured database with demo data. It refuses a database
/// that holds data unless <c>--replace</c> says to drop everything first.
/// </summary>
internal static class SeedVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var size = args.Contains("--large") ? DemoDataSize.Large : DemoDataSize.Small;
        var replace = args.Contains("--replace");
        await using var app = ServerVerbs.BuildForVerb(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        if (replace)
        {
            await db.Database.EnsureDeletedAsync().ConfigureAwait(false);
        }

        await db.Database.MigrateAsync().ConfigureAwait(false);
        var started = TimeProvider.System.GetTimestamp();
        var seeder = new DemoDataSeeder(db, size, TimeProvider.System.GetUtcNow());
        if (!await seeder.SeedIfEmptyAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await Console.Error.WriteLineAsync("The database already holds data; nothing was changed. Pass --replace to drop it and seed afresh.").ConfigureAwait(false);
            return 1;
        }

        Console.WriteLine($"Seeded {size.Customers} customers, {size.Interactions} interactions, {size.Orders} orders, " +
            $"{size.Complaints} complaints and {size.Surveys} surveys in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s.");
        return 0;
    }
}
