using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Customers;

namespace CrmGraph.GraphQL.Imports;

/// <summary>
/// Imports customers from another system: a row whose <c>externalRef</c> that system already gave a customer updates
/// it, any other row creates one. Each row is checked on its own; the accepted rows are saved in one transaction and
/// the rejected ones reported. A partner imports only into its own partner.
/// </summary>
public sealed class ImportCustomersCommand(CrmDbContext db, UnitOfWork unitOfWork, TimeProvider clock)
{
    private const int LookupChunk = 500;

    /// <param name="sourceSystem">The system the rows come from; their <c>externalRef</c>s are unique within it.</param>
    /// <param name="rows">The rows, as read from the file.</param>
    /// <param name="ownPartnerId">The partner a partner caller is; its rows all belong to it.</param>
    /// <param name="cancellationToken">Stops the import before anything is saved.</param>
    public async Task<Outcome<CustomerImportReport>> ExecuteAsync(string sourceSystem, IReadOnlyList<CustomerImportRow> rows, int? ownPartnerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var source = sourceSystem?.Trim() ?? string.Empty;
        if (source.Length is 0 or > Customer.MaxSourceSystemLength)
        {
            return Outcome<CustomerImportReport>.Failure(new DomainError(DomainErrorCodes.Validation, $"Name the source system, in at most {Customer.MaxSourceSystemLength} characters.", "sourceSystem"));
        }

        var references = new ImportReferences(
            await db.Partners.AsNoTracking().Where(p => p.Active).ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.OrdinalIgnoreCase, cancellationToken).ConfigureAwait(false),
            await db.StaffMembers.AsNoTracking().Where(s => s.Active).ToDictionaryAsync(s => s.Email, s => s.Id, StringComparer.OrdinalIgnoreCase, cancellationToken).ConfigureAwait(false),
            ownPartnerId);
        var existing = await ExistingAsync(source, rows, cancellationToken).ConfigureAwait(false);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var rejections = new List<CustomerImportRejection>();
        var now = clock.GetUtcNow();
        int created = 0, updated = 0;
        foreach (var row in rows)
        {
            var errors = new List<CustomerImportRejection>();
            if (CheckedExternalRef(row, firstRowOf, errors) is not { } externalRef)
            {
                rejections.AddRange(errors);
                continue;
            }

            var current = existing.GetValueOrDefault(externalRef);
            if (current is not null && ownPartnerId is { } own && current.PartnerId != own)
            {
                rejections.Add(new(row.Row, CustomerImportColumns.ExternalRef, $"The externalRef '{externalRef}' of {source} belongs to a customer of another owner."));
                continue;
            }

            if (references.Details(row, errors) is not { } details)
            {
                rejections.AddRange(errors);
                continue;
            }

            if (current is not null)
            {
                var failed = current.Update(details, now);
                rejections.AddRange(failed.Select(e => Rejection(row, e)));
                updated += failed.Count == 0 ? 1 : 0;
                continue;
            }

            var outcome = Customer.Create(CustomerCodes.New(), details, now);
            if (!outcome.Succeeded)
            {
                rejections.AddRange(outcome.Errors.Select(e => Rejection(row, e)));
                continue;
            }

            outcome.Value.LinkToSource(source, externalRef);
            db.Customers.Add(outcome.Value);
            created++;
        }

        // One save, one transaction: every accepted row and its events or, if the database refuses, none.
        await unitOfWork.SaveAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<CustomerImportReport>.Success(new CustomerImportReport(created, updated, rejections));
    }

    /// <summary>The row's externalRef when it is readable, present and the first of its kind in the file; otherwise the errors say why not.</summary>
    private static string? CheckedExternalRef(CustomerImportRow row, Dictionary<string, int> firstRowOf, List<CustomerImportRejection> errors)
    {
        var externalRef = row[CustomerImportColumns.ExternalRef];
        if (row.Unreadable is { } unreadable)
        {
            errors.Add(new(row.Row, null, unreadable));
        }
        else if (externalRef is null || externalRef.Length > Customer.MaxExternalRefLength)
        {
            errors.Add(new(row.Row, CustomerImportColumns.ExternalRef, $"An externalRef of at most {Customer.MaxExternalRefLength} characters is required."));
        }
        else if (!firstRowOf.TryAdd(externalRef, row.Row))
        {
            errors.Add(new(row.Row, CustomerImportColumns.ExternalRef, $"The externalRef '{externalRef}' is already on row {firstRowOf[externalRef]} of this file."));
        }

        return errors.Count == 0 ? externalRef : null;
    }

    /// <summary>
    /// The customers <paramref name="source"/> already gave the rows' externalRefs, whoever owns them (so a partner
    /// naming another owner's customer is told so rather than failing the whole save), tracked for update.
    /// </summary>
    private async Task<Dictionary<string, Customer>> ExistingAsync(string source, IReadOnlyList<CustomerImportRow> rows, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Customer>(StringComparer.Ordinal);
        var references = rows.Select(r => r[CustomerImportColumns.ExternalRef]).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in references.Chunk(LookupChunk))
        {
            var customers = await db.Customers.IgnoreQueryFilters()
                .Where(c => c.SourceSystem == source && chunk.Contains(c.ExternalRef!))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var customer in customers)
            {
                found[customer.ExternalRef!] = customer;
            }
        }

        return found;
    }

    private static CustomerImportRejection Rejection(CustomerImportRow row, DomainError error) => new(row.Row, error.Field, error.Message);
}
