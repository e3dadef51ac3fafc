using CrmGraph.Data.Access;
using CrmGraph.Data.Providers;
using Microsoft.EntityFrameworkCore;
using CrmGraph.Data.Seeding;

namespace CrmGraph.Server.Verbs;

/// <summary>
/// <c>seed [--large [customers]] [--replace]</c>: fills the configured database with demo data (10,000 customers and the
/// rest in proportion for a bare <c>--large</c>). It refuses a database
/// that holds data unless <c>--replace</c> says to drop everything first.
/// </summary>
internal static class SeedVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (SizeOf(args) is not { } size)
        {
            await Console.Error.WriteLineAsync("--large takes a number of customers of at least 1, e.g. seed --large 50000 (10,000 when left out).").ConfigureAwait(false);
            return 1;
        }

        var replace = args.Contains("--replace");
        await using var app = ServerVerbs.BuildForVerb(args);
        await using var scope = app.Services.CreateServerWorkScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        if (replace)
        {
            await db.Database.EnsureDeletedAsync().ConfigureAwait(false);
        }

        await DatabaseInitializer.MigrateAsync(db, scope.ServiceProvider.GetRequiredService<DatabaseOptions>(), CancellationToken.None).ConfigureAwait(false);
        var started = TimeProvider.System.GetTimestamp();
        var seeder = new DemoDataSeeder(db, size, TimeProvider.System.GetUtcNow());
        if (!await seeder.SeedIfEmptyAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await Console.Error.WriteLineAsync("The database already holds data; nothing was changed. Pass --replace to drop it and seed afresh.").ConfigureAwait(false);
            return 1;
        }

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        Console.WriteLine(
            $"Seeded {await db.Customers.CountAsync().ConfigureAwait(false)} customers, {await db.Interactions.CountAsync().ConfigureAwait(false)} interactions, " +
            $"{await db.ServiceOrders.CountAsync().ConfigureAwait(false)} orders, {await db.Complaints.CountAsync().ConfigureAwait(false)} complaints and " +
            $"{await db.Surveys.CountAsync().ConfigureAwait(false)} surveys in {elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    /// <summary>The small set; with <c>--large</c>, 10,000 customers or the number that follows it; null for a bad number.</summary>
    private static DemoDataSize? SizeOf(string[] args)
    {
        var large = Array.IndexOf(args, "--large");
        if (large < 0)
        {
            return DemoDataSize.Small;
        }

        var count = args.ElementAtOrDefault(large + 1);
        if (count is null || count.StartsWith("--", StringComparison.Ordinal))
        {
            return DemoDataSize.Large;
        }

        return int.TryParse(count.Replace("_", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var customers) && customers >= 1
            ? DemoDataSize.OfCustomers(customers)
            : null;
    }
}
