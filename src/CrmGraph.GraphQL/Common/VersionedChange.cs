namespace CrmGraph.GraphQL.Common;

/// <summary>
/// One edit of a versioned entity by its global id, run through the <see cref="CommandPipeline"/>: find it (as the
/// caller may see it), check the version the client read, let the domain change it, save it with its events.
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
        var now = context.Service<TimeProvider>().GetUtcNow();
        var outcome = await context.Command<CommandPipeline>().ChangeAsync(
            db.Set<T>().Where(e => EF.Property<int>(e, "Id") == key),
            new DomainError(DomainErrorCodes.NotFound, $"No {typeName} has id '{id}'.", "id"),
            typeName,
            version,
            entity => change(entity, db, now),
            context.CancellationToken).ConfigureAwait(false);
        return Payload<T>.From(outcome);
    }

    /// <summary>A change that broke no rule or one.</summary>
    public static IReadOnlyList<DomainError> Errors(DomainError? error) => error is null ? [] : [error];
}
