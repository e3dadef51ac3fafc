namespace CrmGraph.Application.Common;

/// <summary>
/// The one way a command changes what is stored: load the aggregate, check the version the client read (a save in
/// between is a <see cref="DomainErrorCodes.ConcurrencyConflict"/>, never an overwrite), let the domain make the
/// change, and save it with the events it recorded. A rule the change breaks, or a conflict, leaves nothing saved.
/// </summary>
public sealed class CommandPipeline(CrmDbContext db, UnitOfWork unitOfWork)
{
    /// <summary>Changes the one aggregate <paramref name="find"/> selects, or says which rule stopped it.</summary>
    /// <param name="find">The aggregate to change, tracked.</param>
    /// <param name="missing">The error when <paramref name="find"/> selects nothing.</param>
    /// <param name="noun">What the aggregate is called in a conflict message, e.g. "complaint".</param>
    /// <param name="readVersion">The version the client read; null when it did not say (the stored one is taken).</param>
    /// <param name="change">The domain call; returns the rules it broke, none when it made the change.</param>
    public async Task<Outcome<T>> ChangeAsync<T>(
        IQueryable<T> find,
        DomainError missing,
        string noun,
        int? readVersion,
        Func<T, ValueTask<IReadOnlyList<DomainError>>> change,
        CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(change);
        var aggregate = await find.SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (aggregate is null)
        {
            return Outcome<T>.Failure(missing);
        }

        var read = readVersion ?? aggregate.Version;
        if (read != aggregate.Version)
        {
            return Outcome<T>.Failure(StaleVersion.Error(noun, read, aggregate.Version));
        }

        if (await change(aggregate).ConfigureAwait(false) is { Count: > 0 } errors)
        {
            // A refused change may have touched the aggregate first; nothing of it may reach a later save.
            UnsavedChanges.Forget(db);
            return Outcome<T>.Failure(errors);
        }

        // A change that changes nothing (assigning to whoever has it already) has nothing to save or announce.
        if (!db.ChangeTracker.HasChanges())
        {
            return Outcome<T>.Success(aggregate);
        }

        // The version read is the concurrency token: a save in between makes this one fail, not overwrite it.
        db.Entry(aggregate).Property(nameof(IVersioned.Version)).OriginalValue = read;
        return await SaveAsync(aggregate, () => StaleVersion.Error(noun, read, currentVersion: null), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a new aggregate (after the domain created it) and saves it with its events.</summary>
    public async Task<Outcome<T>> AddAsync<T>(T aggregate, CancellationToken cancellationToken)
        where T : class, IAggregate
    {
        db.Add(aggregate);
        await unitOfWork.SaveAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<T>.Success(aggregate);
    }

    /// <summary>Saves what the command changed with its events; a concurrent save of the same rows gives <paramref name="conflict"/>.</summary>
    public async Task<Outcome<T>> SaveAsync<T>(T result, Func<DomainError> conflict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        try
        {
            await unitOfWork.SaveAsync(cancellationToken).ConfigureAwait(false);
            return Outcome<T>.Success(result);
        }
        catch (DbUpdateConcurrencyException)
        {
            UnsavedChanges.Forget(db);
            return Outcome<T>.Failure(conflict());
        }
    }
}
