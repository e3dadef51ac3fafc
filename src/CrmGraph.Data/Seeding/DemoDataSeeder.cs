namespace CrmGraph.Data.Seeding;

/// <summary>
/// Fills an empty database with a realistic, deterministic demo history: the same size and day give the same
/// data (times are laid out backwards from the start of the current UTC day).
/// </summary>
public sealed class DemoDataSeeder(CrmDbContext db, DemoDataSize size, DateTimeOffset now)
{
    public const int RandomSeed = 20_261_122;

    private const int InsertBatch = 5_000;

    private readonly SeedRandom _random = new(RandomSeed);
    private readonly DateTimeOffset _today = new(now.UtcDateTime.Date, TimeSpan.Zero);

    /// <summary>Seeds only when the database holds no CRM data; returns whether it seeded.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Customers.AnyAsync(cancellationToken).ConfigureAwait(false) ||
            await db.StaffMembers.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await SeedAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var previousDetection = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var products = await DemoCatalog.SeedAsync(db, _today, cancellationToken).ConfigureAwait(false);
            var (partners, staff) = await DemoPeople.SeedAsync(db, cancellationToken).ConfigureAwait(false);
            var history = new DemoHistory(_random, _today, size, products, partners, staff);
            var customers = history.PlanCustomers();
            await InsertAsync(customers, cancellationToken).ConfigureAwait(false);
            await InsertAsync(history.Interactions(customers), cancellationToken).ConfigureAwait(false);
            await InsertAsync(await history.OrdersAsync(db, customers, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            await InsertAsync(history.Complaints(customers), cancellationToken).ConfigureAwait(false);
            await InsertAsync(await history.SurveysAsync(db, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = previousDetection;
        }
    }

    /// <summary>Inserts in batches, forgetting each batch once saved so memory stays flat on the large set.</summary>
    private async Task InsertAsync<TEntity>(IEnumerable<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        foreach (var batch in entities.Chunk(InsertBatch))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }
    }
}
