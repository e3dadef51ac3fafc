namespace CrmGraph.GraphQL.Common;

/// <summary>
/// One edit of a versioned entity, the same way every time: find it (as the caller may see it), check the version the
/// client read, let the domain change it, save against that version. Only the change differs between mutations.
/// </summary>
internal static class VersionedChange
{
    /// <param name="change">Makes the change (and may add records to the unit of work); returns the rules it broke.</param>
    public static async Task<Payload<T>> RunAsync<T>(
        IResolveFieldContext context,
        string typeName,
        string id,
        int? version,
        Func<T, CrmDbContext, DateTimeOffset, ValueTask<IReadOnlyList<DomainError>>> change)
        where T : class, IVersioned
    {
        var key = GlobalId.ParseFor(typeName, id, "input.id");
        var db = context.Db();
        var noun = typeName;
        var entity = await db.Set<T>().SingleOrDefaultAsync(e => EF.Property<int>(e, "Id") == key, context.CancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return Payload<T>.Failure(new DomainError(DomainErrorCodes.NotFound, $"No {noun} has id '{id}'.", "id"));
        }

        var readVersion = version ?? entity.Version;
        if (readVersion != entity.Version)
        {
            return Payload<T>.Failure(StaleVersion.Error(noun, readVersion, entity.Version));
        }

        var now = context.Service<TimeProvider>().GetUtcNow();
        var errors = await change(entity, db, now).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            UnsavedChanges.Forget(db);
            return Payload<T>.Failure(errors);
        }

        try
        {
            // The entity, the records the change added and the events it recorded commit together, against the version read.
            await context.Command<UnitOfWork>().SaveAsync(context.CancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            UnsavedChanges.Forget(db);
            return Payload<T>.Failure(StaleVersion.Error(noun, readVersion, currentVersion: null));
        }

        return Payload<T>.Success(entity);
    }

    /// <summary>A change that broke no rule or one.</summary>
    public static IReadOnlyList<DomainError> Errors(DomainError? error) => error is null ? [] : [error];
}
