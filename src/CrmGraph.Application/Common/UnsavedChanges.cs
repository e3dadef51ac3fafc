namespace CrmGraph.Application.Common;

public static class UnsavedChanges
{
    /// <summary>
    /// After a refused save, stops tracking what it would have written, so that a later save in the same unit of
    /// work (the next mutation of a document, the next complaint of a scan) does not try it again.
    /// </summary>
    public static void Forget(CrmDbContext db)
    {
        var pending = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        foreach (var entry in pending)
        {
            entry.State = EntityState.Detached;
        }
    }
}
