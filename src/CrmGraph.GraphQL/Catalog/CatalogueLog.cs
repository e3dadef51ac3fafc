using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

internal static class CatalogueLog
{
    /// <summary>
    /// Adds a new catalogue object and the record of its creation in one transaction: the object is saved first so
    /// that the record can name it by id.
    /// </summary>
    public static async Task AddAndRecordAsync<T>(CrmDbContext db, T entity, Func<T, CatalogueChange> record, CancellationToken cancellationToken)
        where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.Add(entity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.CatalogueChanges.Add(record(entity));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The error for a code another object of the catalogue already has.</summary>
    public static DomainError CodeTaken(string what, string code) =>
        new(DomainErrorCodes.Validation, $"Another {what} already has the code '{code.Trim()}'; codes are unique.", "code");
}
