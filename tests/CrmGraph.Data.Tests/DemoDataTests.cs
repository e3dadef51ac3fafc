using CrmGraph.Data.Access;
using CrmGraph.Data.Seeding;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.Data.Tests;

public sealed class DemoDataTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 15, 0, 0, TimeSpan.Zero);
    private readonly List<string> _files = [];

    [Fact]
    public async Task The_same_day_seeds_the_same_data()
    {
        await using var first = await SeededAsync();
        await using var second = await SeededAsync();

        Assert.Equal(await Fingerprint(first), await Fingerprint(second));
    }

    [Fact]
    public async Task The_demo_history_covers_every_complaint_state_both_survey_scales_and_consistent_activity()
    {
        await using var db = await SeededAsync();

        var states = await db.Complaints.Select(c => c.Status).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<ComplaintStatus>().Order(), states.Order());
        var scales = await db.Surveys.Select(s => s.Scale).Distinct().ToListAsync();
        Assert.Equal([SurveyScale.FiveLevel, SurveyScale.SevenLevel], scales.Order());
        Assert.True(await db.ComplaintEvents.CountAsync() > await db.Complaints.CountAsync());

        // A customer's last activity is never older than its newest interaction.
        var stale = await db.Customers.CountAsync(c => db.Interactions.Any(i => i.CustomerId == c.Id && i.OccurredAt > c.LastActivityAt));
        Assert.Equal(0, stale);
        Assert.True(await db.Customers.AnyAsync(c => c.PartnerId != null));
        Assert.True(await db.Prices.AnyAsync(p => p.ValidTo != null));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.ForEach(File.Delete);
    }

    private async Task<SqliteCrmDbContext> SeededAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crmgraph-demo-{Guid.NewGuid():N}.db");
        _files.Add(file);
        var db = new SqliteCrmDbContext(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={file}").Options, DataAccessScope.Everything());
        await db.Database.MigrateAsync();
        await new DemoDataSeeder(db, DemoDataSize.Small, Now).SeedIfEmptyAsync(CancellationToken.None);
        return db;
    }

    private static async Task<string> Fingerprint(CrmDbContext db)
    {
        var customers = await db.Customers.OrderBy(c => c.Id).Select(c => c.Code + c.Name + c.Status + c.LoyaltyTier).ToListAsync();
        var totals = await db.ServiceOrders.OrderBy(o => o.Id).Select(o => o.Number + o.Total.ToString()).ToListAsync();
        var complaints = await db.Complaints.OrderBy(c => c.Id).Select(c => c.Number + c.Status).ToListAsync();
        return string.Join('|', customers.Concat(totals).Concat(complaints));
    }
}
