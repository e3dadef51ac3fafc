namespace CrmGraph.GraphQL.Administration;

internal static class SavedChanges
{
    /// <summary>
    /// Saves a versioned change (with the audit entry already added), or, when someone else saved the object since
    /// <paramref name="readVersion"/> was read, forgets it and returns the conflict.
    /// </summary>
    public static async Task<Payload<T>> CommitAsync<T>(CrmDbContext db, int readVersion, string noun, T changed, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            UnsavedChanges.Forget(db);
            return Payload<T>.Failure(StaleVersion.Error(noun, readVersion, currentVersion: null));
        }

        return Payload<T>.Success(changed);
    }
}
