using CrmGraph.Data.Access;
using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Pricing;
using CrmGraph.Domain.Staff;

namespace CrmGraph.Data.Tests;

/// <summary>Two price changes that end the same price at once must not both be saved: the prices would overlap.</summary>
public sealed class PriceConcurrencyTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 15, 0, 0, TimeSpan.Zero);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"crmgraph-prices-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task The_second_of_two_changes_ending_the_same_price_fails_and_the_prices_stay_apart()
    {
        int listId;
        int productId;
        int managerId;
        await using (var setup = Open())
        {
            await setup.Database.MigrateAsync();
            var list = new PriceList("STD", "Standard", "EUR", isDefault: true);
            var product = new ServiceProduct("REP", "Repair", string.Empty, ServiceCategory.Repair, DeliveryMode.OnSite, BillingUnit.PerVisit,
                new ServiceLevelTerms(TimeSpan.FromHours(4), TimeSpan.FromHours(24)));
            var manager = new StaffMember("Mara Price", "mara.price@example.test", StaffRole.ServiceManager, "Pricing");
            setup.AddRange(list, product, manager);
            await setup.SaveChangesAsync();
            setup.Prices.Add(new Price(list.Id, product.Id, 100m, Now.AddDays(-30), null));
            await setup.SaveChangesAsync();
            (listId, productId, managerId) = (list.Id, product.Id, manager.Id);
        }

        await using var first = Open();
        await using var second = Open();
        await ChangeAsync(first, listId, productId, managerId, 110m, Now.AddDays(5));
        await ChangeAsync(second, listId, productId, managerId, 120m, Now.AddDays(3));

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = Open();
        var rows = await check.Prices.AsNoTracking().OrderBy(p => p.ValidFrom).ToListAsync();
        Assert.Equal([(100m, (DateTimeOffset?)Now.AddDays(5)), (110m, null)], rows.Select(p => (p.Amount, p.ValidTo)));
    }

    private static async Task ChangeAsync(CrmDbContext db, int listId, int productId, int by, decimal amount, DateTimeOffset from)
    {
        var list = await db.PriceLists.SingleAsync(l => l.Id == listId);
        var series = await db.Prices.Where(p => p.ServiceProductId == productId).ToListAsync();
        var change = PriceSchedule.Change(series, new PriceChangeRequest(list, productId, new Money(amount, "EUR"), null, null, 1, from), by, Now);
        Assert.True(change.Succeeded);
        db.Prices.Add(change.Value);
    }

    private SqliteCrmDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite($"Data Source={_file}").Options, DataAccessScope.Everything());

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
