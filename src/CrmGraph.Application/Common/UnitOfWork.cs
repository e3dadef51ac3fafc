using CrmGraph.Application.Events;

namespace CrmGraph.Application.Common;

/// <summary>
/// Saves a unit of work together with the domain events its aggregates recorded: the entity changes and one outbox
/// row per event commit in one transaction, or nothing does. After commit the events are queued for their handlers
/// in this process (unless <c>Outbox:DispatchAfterCommit</c> is off); the relay takes any that are not handled.
/// </summary>
public sealed class UnitOfWork(CrmDbContext db, OutboxDispatchQueue queue, OutboxOptions options, TimeProvider time)
{
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var recording = db.ChangeTracker.Entries<IAggregate>().Select(e => e.Entity).Where(a => a.RecordedEvents.Count > 0).ToList();
        if (recording.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A unit of work with events commits its own transaction; save it outside any other.");
        }

        List<OutboxMessage> written;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            // The first save gives new aggregates their ids, which the outbox rows carry.
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var partners = await PartnersAsync(recording.Select(a => a.CustomerId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            written = recording.SelectMany(a => a.RecordedEvents.Select(e => OutboxMessage.For(a, e, partners.GetValueOrDefault(a.CustomerId), now))).ToList();
            db.OutboxMessages.AddRange(written);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var aggregate in recording)
        {
            aggregate.ClearRecordedEvents();
        }

        foreach (var message in written)
        {
            db.Entry(message).State = EntityState.Detached;
        }

        if (options.DispatchAfterCommit)
        {
            queue.Enqueue(written.Select(m => m.Id));
        }
    }

    private async Task<Dictionary<int, int?>> PartnersAsync(List<int> customerIds, CancellationToken cancellationToken) =>
        await db.Customers.IgnoreQueryFilters().AsNoTracking()
            .Where(c => customerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.PartnerId, cancellationToken).ConfigureAwait(false);
}
