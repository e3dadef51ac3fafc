namespace CrmGraph.Application.Events;

/// <summary>
/// Takes committed events from the outbox and runs their handlers. Taking an event is one conditional update (not
/// handled, not leased by anyone else), so with several instances on one database each event is taken by one at a
/// time. Each handler runs in a transaction of its own that also records it handled the event, and is skipped when
/// that record exists: a handler that failed is retried without repeating the others. An event whose handlers all
/// finished is marked handled; otherwise it waits for a retry, a little longer after each failure.
/// </summary>
public sealed partial class OutboxDispatcher(
    CrmDbContext db, IServiceProvider services, EventRoutes routes, OutboxOptions options, TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    /// <summary>How many due events one round of the relay takes.</summary>
    public const int RelayBatchSize = 100;

    /// <summary>Takes those of <paramref name="eventIds"/> that are due and handles them; returns how many it took.</summary>
    public async Task<int> DispatchAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var taken = new List<Guid>(eventIds.Count);
        foreach (var id in eventIds)
        {
            if (await TryTakeAsync(id, cancellationToken).ConfigureAwait(false))
            {
                taken.Add(id);
            }
        }

        if (taken.Count == 0)
        {
            return 0;
        }

        var messages = await db.OutboxMessages.AsNoTracking().Where(m => taken.Contains(m.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var message in messages.OrderBy(m => m.OccurredAt).ThenBy(m => m.Id))
        {
            await HandleAsync(message, cancellationToken).ConfigureAwait(false);
        }

        return messages.Count;
    }

    /// <summary>One round of the relay: takes up to <see cref="RelayBatchSize"/> due events, oldest first; returns how many it took.</summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.HandledAt == null && m.AvailableAt <= now)
            .OrderBy(m => m.AvailableAt)
            .Select(m => m.Id)
            .Take(RelayBatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return due.Count == 0 ? 0 : await DispatchAsync(due, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes events handled longer than the retention ago, and the records of their handlers; returns how many events.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - options.Retention;
        await db.HandledEvents.Where(h => h.HandledAt < before).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return await db.OutboxMessages.Where(m => m.HandledAt < before).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> TryTakeAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leaseEnds = now + options.Lease;
        var taken = await db.OutboxMessages
            .Where(m => m.Id == id && m.HandledAt == null && m.AvailableAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.AvailableAt, leaseEnds).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken)
            .ConfigureAwait(false);
        return taken == 1;
    }

    private async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        var dispatched = DispatchedEvent.From(message);
        foreach (var handler in routes.HandlersOf(dispatched.Event.GetType()))
        {
            try
            {
                await RunAsync(handler, dispatched, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // One handler's failure neither stops the others nor marks the event handled.
                HandlerFailed(logger, exception, handler.Name, message.Type, message.Id, message.Attempts);
                failures.Add($"{handler.Name}: {exception.Message}");
            }
        }

        var now = time.GetUtcNow();
        if (failures.Count == 0)
        {
            await db.OutboxMessages.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.HandledAt, now).SetProperty(m => m.LastError, (string?)null), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var retryAt = now + options.RetryDelay(message.Attempts);
        var error = string.Join(" | ", failures);
        error = error.Length > OutboxMessage.MaxErrorLength ? error[..OutboxMessage.MaxErrorLength] : error;
        await db.OutboxMessages.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.AvailableAt, retryAt).SetProperty(m => m.LastError, error), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task RunAsync(Type handlerType, DispatchedEvent dispatched, CancellationToken cancellationToken)
    {
        var name = handlerType.Name;
        await using var scope = services.CreateServerWorkScope();
        var work = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await using var transaction = await work.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await work.HandledEvents.AnyAsync(h => h.EventId == dispatched.EventId && h.Handler == name, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var handler = (IEventHandler)scope.ServiceProvider.GetRequiredService(handlerType);
        await handler.HandleAsync(dispatched, cancellationToken).ConfigureAwait(false);
        work.HandledEvents.Add(new HandledEvent(dispatched.EventId, name, time.GetUtcNow()));
        await work.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Handler} handler of {EventType} event {EventId} failed (attempt {Attempt}); the event is retried.")]
    private static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string eventType, Guid eventId, int attempt);
}
